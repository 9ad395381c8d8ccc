# Every LogRecord attribute through a Formatter; funcName/lineno/module come
# from the calling frame; stacklevel; exceptions and stack_info appended.
import logging
import sys
import threading

HERE = __file__.rsplit("/", 1)[0] + "/"


class Relative(logging.Formatter):
    """Paths in tracebacks relative to this folder, so the output is the same anywhere."""

    def format(self, record):
        return super().format(record).replace(HERE, "")


log = logging.getLogger("rec")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)

h.setFormatter(logging.Formatter(
    "%(name)s %(levelname)s %(levelno)s %(funcName)s %(lineno)d %(module)s %(filename)s "
    "[%(threadName)s] %(processName)s %(msg)s %(args)s %(message)s"))


def where():
    log.info("in %s", "where")


where()
log.debug("top level %d", 1)


class K:
    def method(self):
        log.warning("from a method")


K().method()

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


keep = Keep()
log.addHandler(keep)
log.error("kept %s", "record")
r = records[-1]
print(r.name, r.levelname, r.levelno, r.msg, r.args, r.getMessage(), r.funcName, r.module)
print(r.filename, r.pathname.endswith("record_attrs.py"), r.exc_info, r.exc_text, r.stack_info)
print(r.thread == threading.get_ident(), r.threadName, r.processName, isinstance(r.process, int))
print(isinstance(r.created, float), 0 <= r.msecs < 1000, r.relativeCreated >= 0)
print(repr(r).replace(r.pathname, "PATH"))
print(r.message if hasattr(r, "message") else "no message attribute")
log.removeHandler(keep)

# stacklevel: report the caller of the helper.
def helper(msg):
    log.warning(msg, stacklevel=2)


def user():
    helper("reported at user()")


user()
helper("reported at module level")

# makeLogRecord, custom record factory.
mr = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 5, "custom": 1})
print(mr.getMessage(), mr.levelno, mr.custom, mr.name)
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom_attr = "custom!"
    return rec


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(custom_attr)s %(message)s"))
log.info("with a factory")
logging.setLogRecordFactory(old)

# Exceptions: appended after the message, once formatted (exc_text cached).
h.setFormatter(Relative("%(levelname)s: %(message)s"))


def explode():
    raise ValueError("boom")


try:
    explode()
except ValueError:
    log.exception("caught")
    log.error("with exc_info", exc_info=True)
    log.info("without exc_info")
try:
    explode()
except ValueError as e:
    err = e
log.warning("exception instance", exc_info=err)
log.warning("exception tuple", exc_info=(type(err), err, err.__traceback__))

f = logging.Formatter("%(message)s")
rec = logging.LogRecord("n", 40, "p.py", 1, "msg", None, (type(err), err, err.__traceback__))
text = f.format(rec)
print(text.splitlines()[0], text.splitlines()[-1], rec.exc_text == f.formatException(rec.exc_info))

# stack_info.
def deeper():
    log.warning("with the stack", stack_info=True)


deeper()
