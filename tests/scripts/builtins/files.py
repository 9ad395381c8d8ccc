name = '_tmp_files.txt'
with open(name, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\n')
    f.write('third line without newline')
print('wrote', n)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name) as f:
    print(f.readlines())
f = open(name, 'a')
f.write('\nappended')
f.close()
print(f.closed)
f = open(name)
lines = [l.rstrip('\n') for l in f]
f.close()
print(lines)
with open(name, 'w') as f:
    print('via print', 42, file=f)
    print('second', end='!', file=f)
with open(name) as f:
    print(repr(f.read()))
try:
    open('_definitely_missing_file_xyz.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
    print(e)
except OSError as e:
    print('OSError', e)
