# os's process information, environment and constants.
import os

print(os.name, repr(os.sep), repr(os.altsep), repr(os.linesep), repr(os.pathsep), repr(os.curdir), repr(os.pardir),
      repr(os.devnull), repr(os.extsep), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(type(os.urandom(8)).__name__, len(os.urandom(8)), os.urandom(0), os.error is OSError)
print(os.strerror(2), "|", os.strerror(17))

os.environ["GILPY_TEST_A"] = "alpha"
print(os.environ["GILPY_TEST_A"], os.getenv("GILPY_TEST_A"), os.environ.get("GILPY_TEST_A"), "GILPY_TEST_A" in os.environ)
print(os.getenv("GILPY_TEST_NOPE"), os.getenv("GILPY_TEST_NOPE", "dflt"), os.environ.get("GILPY_TEST_NOPE", 3))
os.environ.setdefault("GILPY_TEST_B", "beta")
os.environ.setdefault("GILPY_TEST_B", "other")
os.environ.update({"GILPY_TEST_C": "gamma"}, GILPY_TEST_D="delta")
print(sorted((k, v) for k, v in os.environ.items() if k.startswith("GILPY_TEST")))
print(os.environ.pop("GILPY_TEST_C"), os.environ.pop("GILPY_TEST_C", "gone"))
del os.environ["GILPY_TEST_D"]
print(sorted(k for k in os.environ if k.startswith("GILPY_TEST")), len(os.environ) > 0)
print(type(os.environ.copy()).__name__, isinstance(os.environ.copy(), dict), type(os.environ).__name__)
os.putenv("GILPY_TEST_E", "e")
os.unsetenv("GILPY_TEST_E")
print("GILPY_TEST_E" in os.environ)
print("PATH" in os.environ, repr(os.environ)[:9])


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(os.environ.__getitem__, "GILPY_TEST_NOPE")
attempt(os.environ.__setitem__, "K", 1)
attempt(os.environ.__setitem__, 1, "v")
attempt(os.environ.__delitem__, "GILPY_TEST_NOPE")
attempt(os.environ.__setitem__, "", "v")
attempt(os.environ.__setitem__, "A=B", "v")
attempt(os.fspath, 3)
attempt(os.fspath, None)


class P(os.PathLike):
    def __fspath__(self):
        return "/tmp"


print(os.fspath(P()), os.path.isdir(P()), isinstance(P(), os.PathLike))
