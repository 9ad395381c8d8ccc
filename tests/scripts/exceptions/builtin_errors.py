five = 5
none = None
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: 'abc'[10],
    lambda: {'a': 1}['b'],
    lambda: int('x'),
    lambda: int('12.5'),
    lambda: float('abc'),
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: 'a' * 'b',
    lambda: [] + (),
    lambda: len(5),
    lambda: (5).foo,
    lambda: 'x'.nope,
    lambda: undefined_name,
    lambda: five[0],
    lambda: none[0],
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: [].pop(),
    lambda: {}.pop('x'),
    lambda: float(10 ** 400),
    lambda: chr(-1),
    lambda: ord('ab'),
    lambda: hash([]),
    lambda: -1 < 'a',
    lambda: divmod(1, 0),
    lambda: abs('x'),
    lambda: int(None),
    lambda: list(1),
    lambda: {}.fromkeys(1),
    lambda: 'abc'.index('z'),
    lambda: 10 ** -1 + [],
    lambda: pow(2, -1, 5) + 'x',
    lambda: round('x'),
    lambda: sorted([3, None]),
]
for c in cases:
    try:
        c()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
