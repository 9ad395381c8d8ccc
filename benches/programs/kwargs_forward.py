# bench: keyword arguments, defaults, *args/**kwargs forwarding through decorators and wrapper layers
import sys


def area(width, height=1, *, scale=1.0, unit="m"):
    return width * height * scale


def volume(w, h, d=2, **extra):
    return w * h * d + len(extra)


def logged(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)

    wrapper.calls = calls
    return wrapper


@logged
def combine(a, b=2, *rest, sep="-", **opts):
    return a + b + sum(rest) + len(sep) + len(opts)


class Config:
    def __init__(self, name, *, retries=3, timeout=1.5, **other):
        self.name = name
        self.retries = retries
        self.timeout = timeout
        self.other = other

    def replace(self, **changes):
        merged = dict(retries=self.retries, timeout=self.timeout, **self.other)
        merged.update(changes)
        return Config(self.name, **merged)


def forward(*args, **kwargs):
    return area(*args, **kwargs)


def main(n):
    checksum = 0.0
    cfg = Config("base", flag=True)
    for i in range(n):
        checksum += area(i % 10)
        checksum += area(i % 10, 3, scale=0.5)
        checksum += forward(2, height=i % 4, unit="cm")
        checksum += volume(1, 2, extra1=i, extra2=None)
        checksum += volume(w=3, h=i % 5)
        checksum += combine(1, 2, 3, 4, sep="::", mode="x")
        checksum += combine(i % 3)
        if i % 50 == 0:
            cfg = cfg.replace(retries=i % 7, level=i % 3)
            checksum += cfg.retries + len(cfg.other)
    print("checksum: %.2f %d" % (checksum, combine.calls[0]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
