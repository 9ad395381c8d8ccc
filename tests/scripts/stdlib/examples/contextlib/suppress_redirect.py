"""suppress, redirect_stdout, redirect_stderr, closing, nullcontext."""
import contextlib
import io
import os
import sys

with contextlib.suppress(FileNotFoundError):
    os.remove('somefile.tmp.does.not.exist')
print('no error')

f = io.StringIO()
with contextlib.redirect_stdout(f):
    print('foobar')
    help_text = 'captured'
print('captured:', repr(f.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('stderr captured:', err.getvalue().strip())


class Thing:
    def close(self):
        print('Thing closed')


with contextlib.closing(Thing()) as t:
    print('using thing', type(t).__name__)


def process(file_or_path=None):
    cm = open(file_or_path) if isinstance(file_or_path, str) else contextlib.nullcontext(file_or_path)
    with cm as f:
        return f


print(process(None), process(42))
with contextlib.nullcontext('value') as v:
    print(v)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('done')
