# expect-full-stderr
print('raising a class with no message')
raise ValueError
