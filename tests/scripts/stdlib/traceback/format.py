# traceback: format/print of exceptions (3.11 signatures), chains, tb
# helpers, FrameSummary/StackSummary/TracebackException, stacks.
import sys
import traceback

HERE = __file__.rsplit("/", 1)[0] + "/"


def rel(text):
    return text.replace(HERE, "")


class Out:
    """A file for print_*: writes relative paths to stdout."""

    def write(self, s):
        sys.stdout.write(rel(s))


def inner():
    raise ValueError("inner problem")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    err = e
    print(rel(traceback.format_exc()), end="")
    traceback.print_exc(file=Out())
    print(rel(traceback.format_exc(limit=1)), end="")
    traceback.print_exc(limit=-1, file=Out())

print("--- format_exception")
lines = traceback.format_exception(err)
print(len(lines), [rel(l) for l in lines])
print(traceback.format_exception(type(err), err, err.__traceback__) == lines)
print(rel("".join(traceback.format_exception(err, limit=2))), end="")
traceback.print_exception(err, file=Out())
traceback.print_exception(type(err), err, err.__traceback__, file=Out())
traceback.print_exception(type(err), err, None, file=Out())
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(StopIteration()))
print(traceback.format_exception_only(Exception(1, 2)), traceback.format_exception_only(Exception("")))


class Bad(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(Bad()))
try:
    traceback.format_exception(err, err)
except ValueError as e:
    print(e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print(e)

print("--- tb helpers")
tb = err.__traceback__
print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next)
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), tuple(fs)[1:])
print(rel(repr(summary[0])), summary[1] == (__file__, 26, "outer", "inner()"))
print([rel(s) for s in traceback.format_tb(tb)])
print([rel(s) for s in traceback.format_tb(tb, limit=1)], len(traceback.extract_tb(tb, limit=-1)))
traceback.print_tb(tb, file=Out())
traceback.print_tb(tb, limit=2, file=Out())
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))
traceback.print_list([("f.py", 3, "fn", "x = 1")], file=sys.stdout)
print(traceback.extract_tb(None), traceback.format_tb(None))

print("--- chains")


def cause():
    try:
        raise KeyError("key")
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def context():
    try:
        inner()
    except ValueError:
        raise TypeError("while handling")


def suppressed():
    try:
        inner()
    except ValueError:
        raise TypeError("from None") from None


for fn in (cause, context, suppressed):
    try:
        fn()
    except Exception as e:
        print(rel("".join(traceback.format_exception(e))), end="")
        print("chain=False:", rel("".join(traceback.format_exception(e, chain=False))).count("Traceback"))
        print("---")

print("--- TracebackException")
try:
    cause()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__.exc_type.__name__,
          te.__context__ is not None, te.__suppress_context__)
    print(list(te.format_exception_only()))
    print(rel("".join(te.format())), end="")
    te2 = traceback.TracebackException(type(e), e, e.__traceback__)
    print(te2 == te, [rel(l) for l in te2.stack.format()])

print("--- FrameSummary / StackSummary")
fs = traceback.FrameSummary("nofile.py", 7, "func", line="  spam = 1  ")
print(fs, fs.line, fs.filename, fs.lineno, fs.name, fs == ("nofile.py", 7, "func", "spam = 1"), fs[2])
fs2 = traceback.FrameSummary(__file__, 22, "inner")
print(repr(fs2.line))
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "x"), fs])
print(ss.format())
rec = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 7 + [("r.py", 6, "rec", "boom")])
print("".join(rec.format()), end="")
print(traceback.StackSummary.from_list([("r.py", 5, "rec", None)] * 4).format())

print("--- stacks")


def show_stack():
    print([rel(s) for s in traceback.format_stack()])
    print([rel(s) for s in traceback.format_stack(limit=1)])
    st = traceback.extract_stack()
    print([(f.name, f.lineno) for f in st], st[-1].line)
    traceback.print_stack(file=Out())
    traceback.print_stack(limit=1, file=Out())


def caller():
    show_stack()


caller()
print(traceback.format_exc(), end="")

# Recursion: repeated frames summarised.
def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    print(rel(traceback.format_exc()), end="")

print("--- SyntaxError and notes")
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n"))))
print(traceback.format_exception_only(SyntaxError("no location")))
noted = KeyError("k")
noted.__notes__ = ["first note", "second\nnote"]
print(traceback.format_exception_only(noted))
print(traceback.format_exception_only(None), traceback.format_exc())
try:
    context()
except TypeError as e:
    traceback.TracebackException.from_exception(e).print(file=Out(), chain=False)
