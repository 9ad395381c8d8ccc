# warnings: warn(), the default filters, simplefilter/filterwarnings with
# every action, resetwarnings, catch_warnings(record=True), WarningMessage,
# showwarning/formatwarning overrides, warn_explicit, stacklevel.
import sys
import warnings

HERE = __file__.rsplit("/", 1)[0] + "/"
shown = []


def show(message, category, filename, lineno, file=None, line=None):
    print("shown: %s:%s: %s: %s" % (filename.replace(HERE, ""), lineno, category.__name__, message))


warnings.showwarning = show

print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])
warnings.warn("user warning")
warnings.warn("user warning")  # same place: once
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("explicit category", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("deprecated here in __main__", DeprecationWarning)
warnings.warn("pending: ignored", PendingDeprecationWarning)
warnings.warn("import: ignored", ImportWarning)
warnings.warn("resource: ignored", ResourceWarning)
try:
    warnings.warn("bad", 42)
except TypeError as e:
    print(e)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)


def helper():
    warnings.warn("reported at the caller", stacklevel=2)


helper()
helper()
warnings.warn("beyond the stack", stacklevel=50)

print("--- actions")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("runtime error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("ignored runtime", RuntimeWarning)
    print(len(warnings.filters))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("always shown")
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
    warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("once per module")
    warnings.warn("once per module")
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn("default: once per line")
    warnings.warn("default: once per line")
    warnings.simplefilter("ignore")
    warnings.warn("ignored")

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message=r"fatal.*now$", category=RuntimeWarning)
    warnings.filterwarnings("always", module="__main__", category=SyntaxWarning)
    warnings.warn("skip this one")
    warnings.warn("SKIP this one too (case-insensitive)")
    warnings.warn("not skipped")
    try:
        warnings.warn("fatal right now", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn("fatal right now, not at the end", RuntimeWarning)
    warnings.warn("fatal right now", UserWarning)
    warnings.warn("syntax", SyntaxWarning)
    warnings.warn("syntax", SyntaxWarning)
    print(warnings.filters[0][0], warnings.filters[0][1], warnings.filters[0][3])
    warnings.filterwarnings("ignore", lineno=1000, append=True)
    print(warnings.filters[-1][0], warnings.filters[-1][4])

for args in (("nope",), ("ignore", 3), ("ignore", "", 3), ("ignore", "", int), ("ignore", "", Warning, 3),
             ("ignore", "", Warning, "", -1)):
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.simplefilter("ignore", lineno="x")
except AssertionError as e:
    print("AssertionError:", e)

print("--- catch_warnings(record=True)")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("also recorded")
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
    m = w[0]
    print(type(m).__name__, m.filename.replace(HERE, ""), m.lineno, m.line, m.file, type(m.message).__name__)
    print(str(m).replace(HERE, ""))
print(warnings.showwarning is show)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("action= in catch_warnings")
    print(len(w))

print("--- formatwarning / showwarning / warn_explicit")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  code here  ")))
print(repr(warnings.formatwarning("msg", UserWarning, __file__, 3).replace(HERE, "")))
warnings.showwarning = warnings._showwarning_orig
warnings.showwarning("to stdout", UserWarning, "file.py", 1, file=sys.stdout, line="the line")
warnings.formatwarning = lambda m, c, f, l, line=None: "custom format: %s\n" % m
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda *a: print(warnings.formatwarning(*a[:4]), end="")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 5)
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 5, module="mod", registry={})
    reg = {}
    warnings.simplefilter("default")
    warnings.warn_explicit(UserWarning("instance"), None, "f.py", 9, registry=reg)
    warnings.warn_explicit("again", UserWarning, "f.py", 9, registry=reg)
    warnings.warn_explicit("again", UserWarning, "f.py", 9, registry=reg)
    print(sorted(k for k in reg if k != "version"))

warnings.resetwarnings()
print(warnings.filters)
