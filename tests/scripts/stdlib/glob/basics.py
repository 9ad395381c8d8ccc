# glob over a directory tree made here: plain and magic names, directories,
# hidden files, recursive '**', root_dir, escape and has_magic. Sorted, since
# the order is the file system's.
import glob
import os
import tempfile

root = tempfile.mkdtemp()
for rel in ["a.txt", "b.txt", "c.py", ".hidden.txt", "sub/d.txt", "sub/e.py", "sub/deep/f.txt", "other/g.txt", "x[1].txt"]:
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(rel)


def rel(paths):
    return sorted(os.path.relpath(p, root) for p in paths)


print(rel(glob.glob(os.path.join(root, "*.txt"))))
print(rel(glob.glob(os.path.join(root, "?.py"))))
print(rel(glob.glob(os.path.join(root, "*", "*.txt"))))
print(rel(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)))
print(rel(glob.glob(os.path.join(root, "**"), recursive=True)))
print(rel(glob.glob(os.path.join(root, "*.txt"), include_hidden=True)))
print(rel(glob.glob(os.path.join(root, ".*"))))
print(rel(glob.glob(os.path.join(root, "sub/"))), rel(glob.glob(os.path.join(root, "*/"))))
print(rel(glob.glob(os.path.join(root, "a.txt"))), glob.glob(os.path.join(root, "nope.txt")), glob.glob(os.path.join(root, "nope*")))
print(sorted(glob.glob("*.txt", root_dir=root)), sorted(glob.glob("**/*.py", root_dir=root, recursive=True)))
print(rel(glob.glob(glob.escape(os.path.join(root, "x[1].txt")))), glob.escape("a*b?c[d]"), glob.has_magic("a*"), glob.has_magic("abc"))
print(sorted(os.path.relpath(p, root) for p in glob.iglob(os.path.join(root, "sub", "*"))))
import shutil
shutil.rmtree(root)
print(os.path.exists(root))
