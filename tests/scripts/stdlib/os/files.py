# os's files and directories, in a temporary directory the script makes
# and removes itself (listdir order is the directory's: sorted here).
import os

base = "/tmp/gilpy_os_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    print(os.getcwd() == base, os.listdir(), os.listdir("."), os.listdir(base))
    os.mkdir("d1")
    os.makedirs("d2/x/y")
    os.makedirs("d2/x/y", exist_ok=True)
    os.makedirs("d2/x/z/", exist_ok=True)
    with open("f.txt", "w") as fh:
        fh.write("12345")
    with open("d2/x/y/deep.txt", "w") as fh:
        fh.write("deep")
    print(sorted(os.listdir()), sorted(os.listdir("d2/x")), sorted(os.listdir(b".")))
    st = os.stat("f.txt")
    print(st.st_size, st[6], oct(st.st_mode), len(st), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__,
          type(st[8]).__name__, st.st_mode & 0o170000 == 0o100000, os.stat("d1").st_mode & 0o170000 == 0o040000)
    print(type(st).__name__, st.st_nlink, os.lstat("f.txt").st_size, os.stat(b"f.txt").st_size)
    os.rename("f.txt", "g.txt")
    os.replace("g.txt", "d1/h.txt")
    with open("other.txt", "w") as fh:
        fh.write("o")
    os.replace("other.txt", "d1/h.txt")
    print(sorted(os.listdir()), os.listdir("d1"), open("d1/h.txt").read())
    for top, dirs, files in os.walk("."):
        dirs.sort()
        print(top, dirs, sorted(files))
    print([(t, sorted(d), sorted(f)) for t, d, f in sorted(os.walk("d2", topdown=False))])
    print(list(os.walk("no_such_dir")))
    errors = []
    list(os.walk("no_such_dir", onerror=errors.append))
    print([type(e).__name__ for e in errors])

    def attempt(f, *args, **kwargs):
        try:
            print(repr(f(*args, **kwargs)))
        except OSError as e:
            print(type(e).__name__ + ":", e, "|", e.errno, e.strerror, e.filename)
        except Exception as e:
            print(type(e).__name__ + ":", e)

    attempt(os.mkdir, "d1")
    attempt(os.makedirs, "d2/x")
    attempt(os.rmdir, "missing")
    attempt(os.remove, "missing")
    attempt(os.unlink, "missing.txt")
    attempt(os.listdir, "missing")
    attempt(os.stat, "missing")
    attempt(os.chdir, "missing")
    attempt(os.remove, "d1")
    attempt(os.mkdir, "missing/sub")
    attempt(os.mkdir, 5)
    attempt(os.rmdir, None)
    attempt(os.listdir, 5.5)
    attempt(os.stat, None)
    attempt(os.rename, 1, "x")
    os.remove("d1/h.txt")
    os.remove("d2/x/y/deep.txt")
    os.rmdir("d1")
    os.removedirs("d2/x/y")
    print(sorted(os.listdir()))
    os.rmdir("d2/x/z")
    os.removedirs("d2/x")
finally:
    os.chdir("/")
    os.rmdir(base)
print(os.path.exists(base))
