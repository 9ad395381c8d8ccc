# io.StringIO: writing, reading, seeking, truncating, iterating, closing.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.write(""), s.tell())
print(repr(s.getvalue()), repr(s.read()), s.seek(0), repr(s.read(3)), s.tell(), repr(s.read()))
s.seek(0)
print(s.write("J"), repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))

t = io.StringIO("line 1\nline 2\n\nlast")
print(repr(t.readline()), repr(t.readline(3)), repr(t.readline()), repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.seek(0)
print(t.readlines())
t.seek(0)
print(t.readlines(8))
t.seek(0)
print(list(t), list(t))
t.seek(0)
for n, line in enumerate(t):
    print(n, repr(line))
print(t.seek(0, 2), t.seek(0, 1), t.seek(3), t.seek(0, io.SEEK_END), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(repr(io.StringIO("abc").read(None)), repr(io.StringIO("abc").read(-1)), repr(io.StringIO("abc").read(0)))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO("a\r\nb\rc", newline=None).getvalue()))
print(repr(io.StringIO("a\r\nb\nc", newline="").getvalue()), repr(io.StringIO("a\nb", newline="\r\n").getvalue()))
u = io.StringIO("start")
print(u.tell(), repr(u.read(2)))
u.writelines(["x", "y", "z"])
print(repr(u.getvalue()))
print(u.readable(), u.writable(), u.seekable(), u.isatty(), u.closed)

with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
c.close()
print(c.closed)

print(type(io.StringIO()), io.StringIO.__name__)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


v = io.StringIO("abc")
attempt(v.write, 5)
attempt(v.write, b"x")
attempt(v.seek, 1, 1)
attempt(v.seek, -1, 2)
attempt(v.seek, -1)
attempt(v.seek, 0, 3)
attempt(v.truncate, -1)
attempt(v.fileno)
attempt(io.StringIO, 5)
attempt(io.StringIO, "", "x")
v.close()
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable", "writable",
             "seekable", "isatty", "__next__", "__enter__", "flush"]:
    attempt(getattr(v, name))
attempt(v.write, "x")
attempt(v.seek, 0)
attempt(v.writelines, ["x"])
attempt(iter, v)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open, io.DEFAULT_BUFFER_SIZE)
