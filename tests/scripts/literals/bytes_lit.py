b = b'abc'
print(b)
print(len(b))
print(b[0])
print(type(b).__name__)
print(b'a\x00b')
print(b == b'abc')
print(b"it's")
