# os.path's file-system questions, in a temporary directory the script
# makes and removes: exists, isfile, isdir, islink, getsize, realpath.
import os

base = "/tmp/gilpy_os_path_%d" % os.getpid()
os.mkdir(base)
try:
    f = os.path.join(base, "file.txt")
    with open(f, "w") as fh:
        fh.write("hello\n")
    d = os.path.join(base, "sub")
    os.mkdir(d)
    link = os.path.join(base, "link")
    os.symlink(f, link)
    dangling = os.path.join(base, "dangling")
    os.symlink(os.path.join(base, "missing"), dangling)
    for p in [base, f, d, link, dangling, os.path.join(base, "missing"), "", "/"]:
        name = os.path.relpath(p, base) if p else p
        print(repr(name), os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p),
              os.path.islink(p))
    print(os.path.getsize(f), os.path.getsize(d) > 0, type(os.path.getmtime(f)).__name__)
    print(os.path.relpath(os.path.realpath(link), base), os.path.relpath(os.path.realpath(d + "/../sub/."), base))
    print(os.path.relpath(os.path.realpath(dangling), base), os.path.samefile(f, link), os.path.samefile(f, d))
    print(os.path.ismount("/"), os.path.ismount(d))
    try:
        os.path.getsize(os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
finally:
    for name in ["dangling", "link", "file.txt"]:
        os.remove(os.path.join(base, name))
    os.rmdir(os.path.join(base, "sub"))
    os.rmdir(base)
print(os.path.exists(base))
