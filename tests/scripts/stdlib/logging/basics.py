# Loggers, levels, the hierarchy, handlers and formatters, on stdout.
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(11),
      logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, root.name)
ab = logging.getLogger("a.b")
print(ab, ab.parent)
a = logging.getLogger("a")
print(ab.parent is a, a.parent is root, logging.getLogger("a.b") is ab)
abc = logging.getLogger("a.b.c")
print(abc.parent is ab, a.getChild("b") is ab, root.getChild("a") is a)
x = logging.getLogger("x.y.z")
xy = logging.getLogger("x.y")
print(x.parent is xy, xy.parent is root)
print(isinstance(logging.Logger.manager.loggerDict["x"], logging.PlaceHolder))

h = logging.StreamHandler(sys.stdout)
print(h, logging.NullHandler(), h.level, h.formatter)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(levelno)d|%(message)s"))
a.addHandler(h)
a.setLevel(logging.INFO)
print(ab.getEffectiveLevel(), ab.level, a.level, root.level, ab)
ab.debug("not shown")
ab.info("info %s %d", "x", 3)
ab.warning("a %(k)s dict", {"k": "keyed"})
ab.error("error")
ab.critical("critical")
ab.fatal("fatal")
ab.log(25, "notice at %d", 25)
ab.log(logging.DEBUG, "not shown")
print(ab.isEnabledFor(logging.DEBUG), ab.isEnabledFor(logging.INFO))

ab.setLevel("DEBUG")
ab.debug("now shown")
ab.setLevel(logging.NOTSET)
try:
    ab.setLevel("LOUD")
except ValueError as e:
    print(e)
try:
    ab.setLevel(2.5)
except TypeError as e:
    print(e)
try:
    ab.log("INFO", "x")
except TypeError as e:
    print(e)
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)

# Propagation: a handler on the child too.
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("child: %(message)s"))
ab.addHandler(h2)
ab.warning("twice")
ab.propagate = False
ab.warning("once")
ab.propagate = True
ab.removeHandler(h2)
ab.warning("back to once")

# Handler levels.
h.setLevel(logging.ERROR)
ab.warning("below the handler's level")
ab.error("at the handler's level")
h.setLevel("NOTSET")

# disabled, disable(), hasHandlers.
ab.disabled = True
ab.error("disabled")
ab.disabled = False
logging.disable(logging.ERROR)
ab.error("disabled by disable()")
ab.critical("critical passes disable(ERROR)")
logging.disable(logging.NOTSET)
print(ab.hasHandlers(), logging.getLogger("lonely").hasHandlers())

# extra= attributes, and overwriting refused.
h.setFormatter(logging.Formatter("%(message)s user=%(user)s"))
ab.warning("with extra", extra={"user": "ann"})
try:
    ab.warning("x", extra={"message": 1})
except KeyError as e:
    print(repr(e))
try:
    ab.warning("x", extra={"name": 1})
except KeyError as e:
    print(repr(e))

# Filters on loggers and handlers: name prefixes and callables.
h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "b"):
    rec = logging.LogRecord(name, 20, "p.py", 1, "m", (), None)
    print(name, f.filter(rec), logging.Filter().filter(rec))
abc.addFilter(lambda record: "secret" not in record.getMessage())
abc.warning("public")
abc.warning("secret")
h.addFilter(logging.Filter("a.b.c"))
ab.warning("filtered by the handler")
abc.warning("passes the handler filter")
print(len(h.filters), len(abc.filters))

# LoggerAdapter.
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs


ad = Adapter(abc, {"conn": 42})
ad.warning("adapted %s", "message")
print(ad, ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(10), ad.hasHandlers())
plain = logging.LoggerAdapter(logging.getLogger("a.b.c"), {"user": "bob"})
h.setFormatter(logging.Formatter("%(message)s by %(user)s"))
plain.error("adapter extra")

# The deprecated warn() names still log, with a DeprecationWarning.
import warnings

h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    ab.warn("old warn")
    plain.warn("old adapter warn")
    print([(str(m.message), m.category.__name__, m.lineno) for m in w])
