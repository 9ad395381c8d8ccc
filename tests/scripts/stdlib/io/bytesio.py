# io.BytesIO: the same operations over bytes.
import io

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world\n")), b.write(b""), b.tell())
print(b.getvalue(), b.read(), b.seek(0), b.read(3), b.tell(), b.read())
b.seek(0)
b.write(b"J")
print(b.getvalue())
b.seek(15)
b.write(b"!")
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 1), b.seek(-100, 1), b.seek(-1, 2), b.seek(10, 2), b.read())

t = io.BytesIO(b"one\ntwo\n\nthree")
print(t.readline(), t.readline(2), t.readline(), t.readline(), t.readline(), t.readline())
t.seek(0)
print(t.readlines(), t.tell())
t.seek(0)
print(list(t))
t.seek(0)
print(t.read1(2), t.read(None), t.read(0))
buf = bytearray(4)
t.seek(0)
print(t.readinto(buf), buf)
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(None).getvalue())
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
print(type(io.BytesIO()))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


v = io.BytesIO(b"abc")
attempt(v.write, "str")
attempt(v.write, 5)
attempt(v.seek, -1)
attempt(v.seek, 0, 5)
attempt(v.truncate, -2)
attempt(v.fileno)
v.close()
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable", "writable",
             "seekable", "isatty", "flush", "__next__", "__enter__", "read1"]:
    attempt(getattr(v, name))
attempt(v.write, b"x")
attempt(v.seek, 0)
