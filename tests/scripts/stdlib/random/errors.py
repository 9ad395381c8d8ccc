# The errors of random's functions, with CPython's messages.
import random


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(random.randrange, 0)
attempt(random.randrange, -3)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 5, 2)
attempt(random.randrange, 0, 10, 0)
attempt(random.randrange, 0, 10, -1)
attempt(random.randrange, 10, step=2)
attempt(random.randrange, 1.5)
attempt(random.randrange, 0, 2.5)
attempt(random.randrange, "3")
attempt(random.randint, 5, 1)
attempt(random.choice, [])
attempt(random.choice, "")
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, [1, 2], 1, counts=[1])
attempt(random.sample, [1, 2], 1, counts=[0, 0])
attempt(random.sample, [1, 2], 1, counts=[1.0, 2.0])
attempt(random.choices, [], k=2)
attempt(random.choices, "ab", [1], k=2)
attempt(random.choices, "ab", [0, 0], k=2)
attempt(random.choices, "ab", [1, float("inf")], k=2)
attempt(random.choices, "ab", [1, 1], cum_weights=[1, 2])
attempt(random.choices, "ab", 3)
attempt(random.getrandbits, -1)
attempt(random.gammavariate, 0, 1)
attempt(random.gammavariate, 1, -1)
attempt(random.expovariate, 0)
attempt(random.setstate, (1, (), None))
attempt(random.setstate, (3, (1, 2, 3), None))
attempt(random.setstate, (3, tuple(range(624)) + (625,), None))
attempt(random.seed, object())
