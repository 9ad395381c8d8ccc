# tempfile: gettempdir, mkdtemp, TemporaryDirectory, NamedTemporaryFile
# (text and binary, delete or not), TemporaryFile, mktemp; names are random,
# so this prints their shape.
import os
import tempfile

d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempprefix(), d == tempfile.gettempdir())
m = tempfile.mkdtemp()
print(os.path.isdir(m), os.path.basename(m).startswith("tmp"), len(os.path.basename(m)), os.path.dirname(m) == d)
m2 = tempfile.mkdtemp(suffix=".s", prefix="pre_", dir=m)
print(os.path.basename(m2).startswith("pre_"), m2.endswith(".s"), os.path.dirname(m2) == m)
with tempfile.TemporaryDirectory() as name:
    print(os.path.isdir(name))
    with open(os.path.join(name, "f"), "w") as f:
        f.write("x")
print(os.path.exists(name))
td = tempfile.TemporaryDirectory(prefix="keep")
print(repr(td).startswith("<TemporaryDirectory '"), os.path.basename(td.name).startswith("keep"))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.NamedTemporaryFile() as f:
    f.write(b"bytes here")
    f.flush()
    f.seek(0)
    print(f.read(), os.path.exists(f.name), type(f.name).__name__)
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=m, delete=False) as f:
    f.write("text here")
    name = f.name
print(name.endswith(".txt"), open(name).read())
os.unlink(name)
t = tempfile.TemporaryFile()
t.write(b"abc")
t.seek(0)
print(t.read())
t.close()
p = tempfile.mktemp(dir=m)
print(os.path.exists(p), os.path.dirname(p) == m)
names = {tempfile.mkdtemp(dir=m) for _ in range(20)}
print(len(names))
import shutil
shutil.rmtree(m)
print(os.path.exists(m))
