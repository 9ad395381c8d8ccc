# basicConfig: level, format, datefmt, the three styles, stream, handlers,
# filename/filemode, force; it does nothing once root has handlers.
import logging
import random
import sys


def remove(path):
    try:
        import os
        os.remove(path)
    except (ImportError, AttributeError, OSError):
        pass


logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
print(logging.root.handlers, logging.root.level)
logging.info("configured")
logging.debug("not shown")
logging.basicConfig(stream=sys.stdout, format="IGNORED %(message)s")
logging.warning("basicConfig again did nothing")
logging.basicConfig(nonsense=1)

logging.basicConfig(stream=sys.stdout, format="{levelname}/{name}/{message}", style="{", force=True)
print(logging.root.level, len(logging.root.handlers))
logging.warning("brace style %s", "works")
logging.basicConfig(stream=sys.stdout, format="$levelname-${name}-$message $$", style="$", force=True)
logging.warning("dollar style")
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning("default format")
logging.basicConfig(stream=sys.stdout, style="{", force=True)
logging.warning("default brace format")
logging.basicConfig(stream=sys.stdout, style="$", force=True)
logging.warning("default dollar format")
logging.basicConfig(stream=sys.stdout, force=True, level="DEBUG", format="%(message)s", datefmt="%H")
logging.debug("level by name")

for kwargs in ({"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": sys.stdout},
               {"style": "#"},
               {"nonsense": 1, "other": 2},
               {"format": "no fields", "style": "{"}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError:", e)

h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2 keeps its own: %(message)s"))
logging.basicConfig(handlers=[h1, h2], format="h1 gets this: %(message)s", force=True)
logging.warning("two handlers")
print(logging.root.handlers == [h1, h2])

path = "/tmp/gilpy_logging_basic_%d.log" % random.randrange(10 ** 9)
logging.basicConfig(filename=path, filemode="w", format="%(levelname)s:%(message)s", force=True)
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].mode)
logging.warning("to the file")
logging.error("second line")
logging.basicConfig(filename=path, filemode="a", format="appended:%(message)s", force=True)
logging.warning("third line")
logging.root.handlers[0].flush()
with open(path) as f:
    print(f.read(), end="")
logging.basicConfig(stream=sys.stdout, force=True, format="%(message)s")
remove(path)
logging.warning("done")
