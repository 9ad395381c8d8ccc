nums = [5, 3, 5, 1, 3, 9, 1, 0]
seen = set()
out = []
for n in nums:
    if n not in seen:
        seen.add(n)
        out.append(n)
print(out)
print(sorted(set(nums)))
print(len(set(nums)))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print({x % 5 for x in range(100)})
print(set(range(10)) - {x for x in range(10) if x % 2})
