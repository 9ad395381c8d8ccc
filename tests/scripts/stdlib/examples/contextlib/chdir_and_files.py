"""contextlib.chdir (3.11), redirect_stdout into a file, ExitStack closing real files."""
import contextlib
import os

base = os.getcwd()
os.makedirs('_ctx_tmp_dir', exist_ok=True)
with contextlib.chdir('_ctx_tmp_dir'):
    print('inside:', os.path.basename(os.getcwd()))
    with open('report.txt', 'w') as fh, contextlib.redirect_stdout(fh):
        print('this line goes to the file')
        print('and this one')
print('back:', os.getcwd() == base)

path = os.path.join('_ctx_tmp_dir', 'report.txt')
with open(path) as fh:
    print(fh.read(), end='')

names = [os.path.join('_ctx_tmp_dir', f'part{i}.txt') for i in range(3)]
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(open(n, 'w')) for n in names]
    for i, f in enumerate(files):
        f.write(f'part {i}\n')
    print('all open:', not any(f.closed for f in files))
print('all closed:', all(f.closed for f in files))
for n in names:
    with open(n) as f:
        print(f.read().strip())
    os.remove(n)
os.remove(path)
os.rmdir('_ctx_tmp_dir')
print('cleaned up:', not os.path.exists('_ctx_tmp_dir'))
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError:', e)
