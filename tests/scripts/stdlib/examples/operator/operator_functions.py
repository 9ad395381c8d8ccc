"""operator as function table: a tiny calculator, reduce, and in-place ops."""
import operator
from functools import reduce

ops = {
    '+': operator.add,
    '-': operator.sub,
    '*': operator.mul,
    '/': operator.truediv,
    '//': operator.floordiv,
    '%': operator.mod,
    '**': operator.pow,
}


def calc(expr: str) -> float:
    a, op, b = expr.split()
    return ops[op](float(a), float(b))


for e in ['3 + 4', '10 / 4', '10 // 4', '2 ** 10', '7 % 3', '5 - 9']:
    print(f'{e:>8} = {calc(e)}')
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains('spam', 'pa'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2))
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iadd(1, 2))
d = {}
operator.setitem(d, 'k', 'v')
print(d, operator.getitem(d, 'k'))
operator.delitem(d, 'k')
print(d)
print(reduce(operator.mul, [1, 2, 3, 4]), operator.index(7), operator.length_hint(iter([1, 2, 3])))
print(operator.matmul.__name__, operator.__add__ is operator.add)
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError:', e)
