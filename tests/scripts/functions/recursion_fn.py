def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
m = []
hanoi(4, 'A', 'C', 'B', m)
print(len(m), m[:3])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(perms('abc'))
def flatten(x):
    if isinstance(x, list):
        r = []
        for e in x:
            r.extend(flatten(e))
        return r
    return [x]
print(flatten([1, [2, [3, [4, []]], 5]]))
memo = {}
def mfib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else mfib(n - 1) + mfib(n - 2)
    memo[n] = r
    return r
print(mfib(150))
