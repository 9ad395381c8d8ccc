# Handlers: StreamHandler.terminator/setStream, FileHandler (mode, delay,
# encoding), NullHandler, Handler basics, RotatingFileHandler, QueueHandler
# and QueueListener, BufferingFormatter, Formatter details.
import logging
import logging.handlers
import queue
import random
import sys


def remove(path):
    try:
        import os
        os.remove(path)
    except (ImportError, AttributeError, OSError):
        pass


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

sh = logging.StreamHandler(sys.stdout)
sh.terminator = " <end>\n"
log.addHandler(sh)
log.info("custom terminator")
sh.terminator = "\n"
print(sh.setStream(sys.stdout), sh.setStream(sys.stderr) is sys.stdout, sh.stream is sys.stderr)
sh.setStream(sys.stdout)
sh.name = "console"
print(sh.name, sh.get_name(), logging._handlers.get("console") is sh)
sh.acquire()
sh.acquire()
sh.release()
sh.release()
print(repr(sh), repr(logging.Handler()), repr(logging.Handler(logging.ERROR)))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(e)
nh = logging.NullHandler()
nh.handle(logging.makeLogRecord({}))
print(nh.lock)

base = "/tmp/gilpy_logging_h_%d" % random.randrange(10 ** 9)

fh = logging.FileHandler(base + ".log", mode="w", encoding="utf-8")
print(fh.mode, fh.encoding, fh.baseFilename == base + ".log", fh.stream is not None)
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.warning("into the file: %s", "ünïcode")
log.removeHandler(fh)
fh.close()
print(fh.stream, repr(read(base + ".log")))

dh = logging.FileHandler(base + ".delay", delay=True)
print(dh.stream, read(base + ".delay"))
log.addHandler(dh)
log.error("delayed open")
log.removeHandler(dh)
dh.close()
print(repr(read(base + ".delay")))
remove(base + ".log")
remove(base + ".delay")

# RotatingFileHandler: roll over before a record would pass maxBytes.
rh = logging.handlers.RotatingFileHandler(base + ".rot", maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(7):
    log.info("record number %d", i)
log.removeHandler(rh)
rh.close()
for suffix in ("", ".1", ".2", ".3"):
    print(repr(suffix), repr(read(base + ".rot" + suffix)))
for suffix in ("", ".1", ".2"):
    remove(base + ".rot" + suffix)
rh0 = logging.handlers.RotatingFileHandler(base + ".none", mode="w")
print(rh0.maxBytes, rh0.backupCount, rh0.shouldRollover(logging.makeLogRecord({"msg": "m"})))
rh0.close()
remove(base + ".none")

# QueueHandler puts prepared records on a queue; QueueListener hands them on.
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("queued %s", "message")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.getMessage())
try:
    raise KeyError("k")
except KeyError:
    qlog.exception("queued exception")
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener: %(levelname)s %(message)s"))
picky = logging.StreamHandler(sys.stdout)
picky.setLevel(logging.ERROR)
picky.setFormatter(logging.Formatter("picky: %(message)s"))
listener = logging.handlers.QueueListener(q, out, picky)
listener.start()
qlog.info("one")
qlog.error("two")
listener.stop()
listener = logging.handlers.QueueListener(q, out, picky, respect_handler_level=True)
listener.start()
qlog.info("three")
qlog.error("four")
listener.stop()
print(q.qsize(), listener._thread)

# BufferingFormatter and Formatter pieces.
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([logging.makeLogRecord({"msg": m}) for m in "abc"]), repr(bf.format([])))
f = logging.Formatter("%(asctime)s %(message)s")
print(f.usesTime(), logging.Formatter("%(message)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())
r = logging.makeLogRecord({"msg": "m"})
print(len(f.formatTime(r)), f.formatTime(r)[-4], len(f.format(r)))
print(logging.Formatter("%(message)s", defaults={"x": 1}).format(r))
print(logging.Formatter("%(x)s %(message)s", defaults={"x": "dflt"}).format(r))
for fmt, style in (("%(x", "%"), ("%(a)", "%"), ("{x", "{"), ("${x", "$"), ("abc", "$")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(missing)s").format(r)
except ValueError as e:
    print("ValueError:", e)
print(logging.Formatter("no fields", validate=False).format(r))

# MemoryHandler: buffered until full or an ERROR comes; BufferingHandler.
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("memory: %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning("one")
mlog.warning("two")
print("buffered:", len(mh.buffer))
mlog.warning("three: full")
print("buffered:", len(mh.buffer))
mlog.warning("four")
mlog.error("five: an error flushes")
mlog.warning("six: flushed at close")
mh.close()
print(mh.target, mh.buffer)
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({"msg": "a"}))
print(len(bh.buffer), bh.shouldFlush(None))
bh.handle(logging.makeLogRecord({"msg": "b"}))
print(len(bh.buffer))
