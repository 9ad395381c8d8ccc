# What warn() writes to stderr (caught here by replacing sys.stderr), the
# source line under it; threading's deprecated camelCase names obey the
# filters once warnings is imported.
import sys
import threading
import warnings

HERE = __file__.rsplit("/", 1)[0] + "/"


class Err:
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))

    def flush(self):
        pass


real_stderr = sys.stderr
sys.stderr = Err()
warnings.warn("to stderr")
warnings.warn("to stderr")
warnings.warn("with a category", FutureWarning)


def deep():
    warnings.warn("from deep()", stacklevel=1)


deep()
threading.currentThread()
t = threading.current_thread()
t.getName()
t.getName()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    threading.activeCount()
    t.isDaemon()
    print([(str(m.message), m.category.__name__, m.lineno) for m in w])

warnings.simplefilter("error", DeprecationWarning)
try:
    t.setName(t.name)
except DeprecationWarning as e:
    print("raised:", e)
warnings.simplefilter("ignore")
threading.currentThread()
t.isDaemon()
warnings.resetwarnings()
warnings.warn("no filters left: default action")
sys.stderr = real_stderr
print("end")
