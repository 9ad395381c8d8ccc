# expect-full-stderr
# Nothing configured: WARNING and above go to stderr as the bare message
# (the last-resort handler); the module-level functions call basicConfig.
import logging
import sys

log = logging.getLogger("app.part")
log.debug("debug not shown")
log.info("info not shown")
log.warning("warning shown bare")
log.error("error %s", "shown")
print(logging.root.handlers, logging.lastResort)
logging.lastResort = None
log.warning("no handlers at all")
log.warning("only once")
logging.lastResort = logging._defaultLastResort
log.critical("last resort again")
sys.stdout.flush()
logging.warning("module level: %s", "basicConfig")
logging.info("not shown: root is at WARNING")
print(logging.root.handlers)
log.warning("now through root")
logging.error("error via root")
logging.critical("critical via root")
logging.fatal("fatal via root")
logging.log(logging.ERROR, "log at ERROR")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("module-level exception")
