# pprint.pformat on many generated nested structures, under many option combinations
import pprint

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


WORDS = ['a', 'bb', 'hello world', 'x' * 30, 'with\nnewline and spaces ' * 3, '', ' lead', 'trail ',
         'quote\'s "double"', 'tab\tbed']


def gen(depth):
    k = rand(10 if depth < 4 else 4)
    if k == 0:
        return rand(2 ** 40) - 2 ** 39
    if k == 1:
        return [None, True, False, 1.5, -0.25, 1e100][rand(6)]
    if k == 2:
        return rand(1000)
    if k == 3:
        return WORDS[rand(len(WORDS))] * (1 + rand(4))
    if k == 4:
        return [gen(depth + 1) for _ in range(rand(7))]
    if k == 5:
        return tuple(gen(depth + 1) for _ in range(rand(5)))
    if k == 6:
        return {WORDS[rand(len(WORDS))][:5] + str(rand(100)): gen(depth + 1) for _ in range(rand(6))}
    if k == 7:
        return set(rand(30) for _ in range(rand(12)))
    if k == 8:
        return bytes(rand(256) for _ in range(rand(40)))
    return [rand(1000) for _ in range(rand(40))]


for i in range(150):
    obj = gen(0)
    options = {'width': 1 + rand(90), 'indent': rand(5), 'compact': rand(3) == 0,
               'sort_dicts': rand(4) != 0, 'depth': [None, None, 1, 2, 3][rand(5)],
               'underscore_numbers': rand(5) == 0}
    print('#', i, options)
    print(pprint.pformat(obj, **options))
