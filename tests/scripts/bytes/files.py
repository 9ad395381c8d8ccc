path = '_tmp_bytes_files.txt'
with open(path, 'wb') as f:
    print(f.write(b'\x00\x01binary\xff'))
    f.write(bytearray(b'\n2nd'))
with open(path, 'ab') as f:
    f.write(b'+app')
with open(path, 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, 'rb') as f:
    print(f.read(3), f.read(2), f.read())
with open(path, 'rb') as f:
    print(f.readline(), f.readlines())
with open(path, 'rb') as f:
    for line in f:
        print(line)
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'r', encoding='utf-8') as f:
    print(f.read())
try:
    with open(path, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(e)
try:
    with open(path, 'w') as f:
        f.write(b'bytes')
except TypeError as e:
    print(e)
