# Logger classes, getLevelNamesMapping, shutdown, manager, placeholders
# filled in later, Filter objects and callables, NullHandler for libraries.
import logging
import sys

print(sorted(logging.getLevelNamesMapping().items()))
print(logging.getLoggerClass() is logging.Logger)


class MyLogger(logging.Logger):
    def shout(self, msg):
        self.warning(msg.upper())


logging.setLoggerClass(MyLogger)
mine = logging.getLogger("mine.child")
print(type(mine).__name__, type(logging.getLogger("mine")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
mine.addHandler(h)
mine.shout("quiet words")

# A placeholder parent made real later takes over its children.
leaf = logging.getLogger("p.q.r")
print(leaf.parent is logging.root)
middle = logging.getLogger("p.q")
print(leaf.parent is middle, middle.parent is logging.root)
top = logging.getLogger("p")
print(middle.parent is top, leaf.parent is middle)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("p")))
print(logging.root.manager is logging.Logger.manager, leaf.manager is logging.root.manager)

# A library adds a NullHandler: nothing shown, no last resort.
lib = logging.getLogger("library")
lib.addHandler(logging.NullHandler())
lib.error("swallowed")

# Filters that are callables or objects with filter(); removeFilter.
f = lambda r: r.levelno >= logging.ERROR
mine.addFilter(f)
mine.warning("filtered out")
mine.error("passes")
mine.removeFilter(f)
mine.warning("filter removed")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("password", "********")
        return True


h.addFilter(Redact())
mine.warning("my password is secret")
h.removeFilter(h.filters[0])
print(logging.Filter("x").name, logging.Filter().nlen)

# shutdown flushes and closes every handler.
closed = []


class Tracking(logging.Handler):
    def emit(self, record):
        pass

    def flush(self):
        closed.append("flush")

    def close(self):
        closed.append("close")
        super().close()


t = Tracking()
mine.addHandler(t)
logging.shutdown()
print(closed)
print(logging.getLogger("mine").getChild("child") is mine, mine.getChild("x").name)
