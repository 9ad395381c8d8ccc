# A record that cannot be formatted: the handler reports it on stderr
# (caught here) and logging goes on; raiseExceptions=False keeps quiet.
import logging
import sys

captured = []


class Catch:
    def write(self, s):
        captured.append(s)

    def flush(self):
        pass


log = logging.getLogger("err")
log.propagate = False
log.addHandler(logging.StreamHandler(sys.stdout))
real = sys.stderr
sys.stderr = Catch()
log.warning("two %s %s", "args?")
log.warning("dict %(missing)s", {"present": 1})
sys.stderr = real
lines = "".join(captured).splitlines()
print(lines[0], lines[1])
print([l for l in lines if l.startswith(("Message", "Arguments", "TypeError", "KeyError"))])
print("Call stack:" in lines)
log.warning("still logging")
logging.raiseExceptions = False
sys.stderr = Catch()
captured.clear()
log.warning("quiet %d", "not a number")
sys.stderr = real
print(captured)
