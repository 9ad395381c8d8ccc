# expect-full-stderr
print('before')
x = b'café'
