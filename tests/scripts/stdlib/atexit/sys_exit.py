# sys.exit() and an uncaught exception still run the handlers (after the
# traceback), and the exit status is the program's.
import atexit


def bye(name):
    print("bye", name)


atexit.register(bye, "one")
atexit.register(bye, "two")
print("raising")
raise SystemExit(4)
