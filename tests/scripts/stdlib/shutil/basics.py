# shutil: copyfile/copy/copytree (with ignore_patterns), move, rmtree (with
# ignore_errors and onerror), which, and SameFileError.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
src = os.path.join(root, "src.txt")
with open(src, "w") as f:
    f.write("hello\n" * 1000)
dst = shutil.copyfile(src, os.path.join(root, "dst.txt"))
print(os.path.basename(dst), open(dst).read() == open(src).read())
os.mkdir(os.path.join(root, "dir"))
print(os.path.relpath(shutil.copy(src, os.path.join(root, "dir")), root), os.path.relpath(shutil.copy2(src, os.path.join(root, "c2.txt")), root))
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print("SameFileError", issubclass(shutil.SameFileError, OSError))
tree = os.path.join(root, "tree")
for rel in ["a.txt", "b.py", "sub/c.txt", "sub/d.pyc"]:
    p = os.path.join(tree, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(rel)
out = shutil.copytree(tree, os.path.join(root, "copy"), ignore=shutil.ignore_patterns("*.pyc", "b.*"))
print(os.path.relpath(out, root), sorted(os.listdir(out)), sorted(os.listdir(os.path.join(out, "sub"))))
try:
    shutil.copytree(tree, os.path.join(root, "copy"))
except FileExistsError:
    print("FileExistsError")
shutil.copytree(tree, os.path.join(root, "copy"), dirs_exist_ok=True)
print(sorted(os.listdir(os.path.join(root, "copy"))))
moved = shutil.move(os.path.join(root, "dst.txt"), os.path.join(root, "dir"))
print(os.path.relpath(moved, root), os.path.exists(os.path.join(root, "dst.txt")))
print(os.path.relpath(shutil.move(os.path.join(root, "copy"), os.path.join(root, "moved")), root))
shutil.rmtree(os.path.join(root, "moved"))
print(sorted(os.listdir(root)))
shutil.rmtree(os.path.join(root, "missing"), ignore_errors=True)
seen = []
shutil.rmtree(os.path.join(root, "missing"), onerror=lambda f, p, e: seen.append((f.__name__, os.path.basename(p), e[0].__name__)))
print(seen)
try:
    shutil.rmtree(os.path.join(root, "missing"))
except FileNotFoundError:
    print("FileNotFoundError")
print(shutil.which("sh") is not None, shutil.which("no-such-command-here"), shutil.which("sh", path=""))
exe = os.path.join(root, "dir")
print(shutil.which(src), shutil.which("src.txt", path=root))
shutil.rmtree(root)
print(os.path.exists(root))
