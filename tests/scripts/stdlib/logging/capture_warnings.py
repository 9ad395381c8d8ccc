# captureWarnings: warnings become records of the 'py.warnings' logger.
import logging
import sys
import warnings

HERE = __file__.rsplit("/", 1)[0] + "/"


class Relative(logging.Formatter):
    def format(self, record):
        return super().format(record).replace(HERE, "")


h = logging.StreamHandler(sys.stdout)
h.setFormatter(Relative("%(name)s %(levelname)s [%(message)s]"))
logging.root.addHandler(h)
logging.captureWarnings(True)
warnings.warn("captured warning")
warnings.warn("a runtime one", RuntimeWarning)
print(logging.getLogger("py.warnings").handlers)
logging.captureWarnings(False)
saved = []
warnings.showwarning = lambda *args: saved.append((str(args[0]), args[1].__name__))
warnings.warn("not captured")
print(saved)
