for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([i if i % 2 else -i for i in range(6)])
def side(v):
    print('side', v)
    return v
print(side('a') if True else side('b'))
print(side('a') if False else side('b'))
print((lambda a: 'big' if a > 100 else 'small')(1000))
z = 'yes' if [] else 'no'
print(z)
