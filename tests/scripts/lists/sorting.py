people = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25), ('eve', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted([3, -1, -4, 2], key=abs))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower))
print(sorted([[2, 1], [1, 2], [1, 1]]))
nums = [5, 3, 8, 1, 9, 2]
nums.sort(key=lambda x: x % 3)
print(nums)
print(sorted('hello world'.split(), key=len, reverse=True))
print(sorted([2.5, 1, 3, -0.5]))
print(sorted([True, False, True]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:])
