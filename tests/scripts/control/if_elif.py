def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, '', 'a', [], [0], {}, None, 0.0, 2.5]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3: print('one-liner')
if x > 10:
    pass
else:
    print('else branch')
if x:
    if x > 4:
        if x > 100:
            print('no')
        else:
            print('nested else')
