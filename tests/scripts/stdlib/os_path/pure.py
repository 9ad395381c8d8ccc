# os.path's string functions on edge cases: '', slashes, dots, '..'.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.pathsep, os.path.extsep,
      os.path.altsep, os.path.devnull)

paths = ["", "/", "//", "///", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a/b/", "/a/b/c", "a//b",
         ".", "..", "./a", "../a", "a/..", "a/../..", "/..", "/../a", "a/./b/../c", "//a/../b", "...",
         ".bashrc", "a/.bashrc", "file.tar.gz", "a.b/c", "a/b.", "..a", "a..", "/a/b.txt/", ".a.b", "a/.b.c",
         "dir/..hidden", "x/...y", "~", "~/x", "~user/x"]
for p in paths:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.splitext(p), repr(os.path.normpath(p)), os.path.isabs(p), os.path.splitdrive(p))

joins = [("a",), ("a", "b"), ("a/", "b"), ("a", "/b"), ("/a", "b", "/c", "d"), ("", "a"), ("a", ""),
         ("", ""), ("a", "", "b"), ("a//", "b"), ("/", "a"), ("a", "b/", "c"), (b"a", b"b")]
for parts in joins:
    print(parts, repr(os.path.join(*parts)))

print(repr(os.path.commonprefix([])), repr(os.path.commonprefix(["abc", "abd", "ab"])),
      repr(os.path.commonprefix(["/usr/lib", "/usr/local"])), repr(os.path.commonprefix([["a", "b"], ["a", "c"]])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]),
      os.path.commonpath(["/a"]))
for p, start in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/b"), ("/x/y", "/a/b"), ("a/b", "a"),
                 ("/", "/a/b")]:
    print(p, start, os.path.relpath(p, start))
print(os.path.relpath(os.getcwd()), os.path.relpath("sub/x"), os.path.abspath("/a/../b/./c"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("") == os.getcwd())
print(os.path.normcase("A/b"), os.path.normpath(b"a//b/../c"), os.path.split(b"/a/b"), os.path.splitext(b"x.py"))

old_home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(os.path.expanduser("~"), os.path.expanduser("~/docs"), os.path.expanduser("x/~"), os.path.expanduser("~other/x"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/a"))
if old_home is not None:
    os.environ["HOME"] = old_home
os.environ["GILPY_VAR"] = "val"
print(os.path.expandvars("$GILPY_VAR/x ${GILPY_VAR}y $NOT_SET_ZZ $ ${ x"))


class P:
    def __fspath__(self):
        return "p/q.txt"


print(os.path.basename(P()), os.path.splitext(P()), os.path.join(P(), "r"), os.fspath(P()), os.fspath("s"))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for f in [os.path.join, os.path.split, os.path.basename, os.path.dirname, os.path.splitext, os.path.isabs,
          os.path.normpath, os.fspath]:
    attempt(f, 1)
attempt(os.path.join, "a", 1)
attempt(os.path.join, "a", b"b")
attempt(os.path.relpath, "")
attempt(os.path.commonpath, [])
attempt(os.path.commonpath, ["/a", "b"])
