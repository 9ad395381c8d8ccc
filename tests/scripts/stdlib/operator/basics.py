import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.not_(1), op.truth(3), op.truth(''), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.index(5))
print(op.inv(5), op.invert(0), op.lshift(1, 4), op.mod(7, 3), op.mul(3, 4))
print(op.neg(4), op.or_(4, 1), op.pos(-2), op.pow(2, 10), op.rshift(256, 3))
print(op.sub(10, 3), op.truediv(7, 2), op.xor(5, 1), op.concat([1], [2]), op.concat('a', 'b'))
print(op.contains([1, 2], 2), op.contains('abc', 'z'), op.countOf([1, 1.0, True, 2], 1), op.indexOf([3, 2, 1], 1))
print(op.add('x', 'y'), op.mul('ab', 3), op.mod('%s-%s', (1, 2)))


class M:
    def __matmul__(self, other):
        return 'matmul %r' % (other,)

    def __imatmul__(self, other):
        return 'imatmul %r' % (other,)

    def __index__(self):
        return 42


print(op.matmul(M(), 2), op.imatmul(M(), 3), op.index(M()), op.index(True), type(op.index(True)).__name__)

d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d)
lst = [0, 1, 2, 3, 4]
print(op.getitem(lst, slice(1, 3)))
op.setitem(lst, slice(0, 2), ['x'])
print(lst)
op.delitem(lst, slice(None, None, 2))
print(lst)

# in-place: mutates mutable operands, rebinds immutable ones
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
print(op.iadd(1, 2), op.iand(7, 3), op.iconcat([1], (2,)), op.ifloordiv(9, 2), op.ilshift(1, 3))
print(op.imod(9, 4), op.imul([0], 3), op.ior(1, 2), op.ipow(3, 3), op.irshift(64, 2))
print(op.isub(5, 7), op.itruediv(1, 4), op.ixor(3, 1))
s = {1, 2}
print(op.ior(s, {3}), s, op.iand(s, {1, 3}), s, op.isub(s, {1}), s, op.ixor(s, {3, 4}), s)

print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))

# dunder aliases
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv, op.__invert__ is op.invert)
print(op.__lt__(1, 2), op.__getitem__([5, 6], 1), op.__contains__('ab', 'a'), op.__concat__('a', 'b'))
print(op.__iadd__(1, 1), op.__ipow__(2, 5), op.__call__(len, 'abc'), op.__index__(7))
print(op.add.__name__, op.__add__.__name__, op.__all__[:5])
names = [n for n in dir(op) if n.startswith('__') and n.endswith('__') and callable(getattr(op, n))]
print(len(names), sorted(names)[:8])
print(sorted(op.__all__) == op.__all__, len(op.__all__))
print(all(hasattr(op, n) for n in op.__all__))
