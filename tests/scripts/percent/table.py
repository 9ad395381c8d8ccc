data = [('alpha', 1, 0.5), ('beta', 22, 12.25), ('gamma', 333, 100.125)]
for name, n, v in data:
    print('%-8s|%4d|%8.2f|%06.1f' % (name, n, v, v))
for i in range(0, 256, 51):
    print('%3d 0x%02x 0o%03o %8s' % (i, i, i, bin(i)[2:]))
print('%s=%r' % ('k', 'v'))
name = 'x'
print('Hello %s, you have %d new message%s' % (name, 3, 's'))
