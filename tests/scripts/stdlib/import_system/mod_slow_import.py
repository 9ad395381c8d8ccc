# Imported by two threads at once (concurrent_import.py): the body must run once.
import sys as builtins  # a shared place every module sees
builtins.IMPORT_COUNT = getattr(builtins, 'IMPORT_COUNT', 0) + 1
builtins.BODY_STARTED.set()
builtins.MAY_FINISH.wait()
DONE = True
