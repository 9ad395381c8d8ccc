"""An exception in a thread is reported by threading.excepthook; the main thread goes on."""
import io
import sys
import threading


def boom() -> None:
    raise ValueError('bad value in worker')


t = threading.Thread(target=boom, name='Worker-1')
old_stderr, sys.stderr = sys.stderr, io.StringIO()
t.start()
t.join()
report, sys.stderr = sys.stderr.getvalue().splitlines(), old_stderr
print(report[0])
print(report[1])
print(report[-2].strip())
print(report[-1])
print('main continues')

captured = []
def hook(args) -> None:
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook
t = threading.Thread(target=boom, name='Worker-2')
t.start()
t.join()
print(captured)
