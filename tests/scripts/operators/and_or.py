print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print('' or 'default')
print('value' or 'default')
print(None and 1)
print([] or {} or 0 or 'last')
print(1 and 2 and 3)
print(1 and 0 and 3)
print(not 0, not 1, not '', not 'a', not [], not [0])
def t(v):
    print('t', v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
x = None
y = x or []
y.append(1)
print(y)
print((1 and None) is None)
print(0.0 or -0.0)
