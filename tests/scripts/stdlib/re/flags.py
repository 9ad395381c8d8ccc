# RegexFlag values, their reprs and combinations; Pattern reprs.
import re

for f in [re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG]:
    print(repr(f), str(f), int(f), f.name, f == int(f))
print(repr(re.I | re.M), repr(re.I | re.M | re.X), repr(re.A | re.I | re.DEBUG), repr(~re.I))
print(repr(re.M | re.I), re.I | 1024 == 1026, type(re.I | re.M).__name__, type(re.I | 0).__name__)
print(re.I & re.I, repr(re.I & re.M), repr(re.I ^ re.I), isinstance(re.I, int))
print(re.IGNORECASE is re.I, re.RegexFlag.__name__, re.I + 1)
print(re.compile("a+", re.I), re.compile("a+", re.I | re.M), re.compile("x"), re.compile(b"x", re.I))
print(re.compile("x", re.U), re.compile("(?i)x"), re.compile("x", re.A), re.compile("x", re.S | re.X))
print(re.compile("a" * 300))
print(re.compile("it's"), re.compile('say "x"'), re.compile("\\d\n"))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags, re.compile("(?s)a").flags)
print(re.compile("a", 2).flags, re.compile("a", re.I | re.M | re.S | re.X).flags)
print(re.search("HeLLo", "say hello", re.IGNORECASE), re.findall("^a", "a\na", re.MULTILINE))
print(re.findall("a.b", "a\nb", re.DOTALL), re.findall(r"\w+", "é x", re.ASCII), re.findall(r"\w+", "é x", re.UNICODE))
print(re.match("""
    (\\d+)   # integer part
    \\.      # point
    (\\d*)   # fraction
""", "3.25", re.VERBOSE).groups())
print(re.findall(r"[A-Z]+", "aBcD", re.I), re.sub("X", "y", "xXx", flags=re.I), re.split("x", "aXb", flags=re.I))
print(re.findall(r"(?i:a)b", "ab Ab aB"), re.match(r"(?-i:a)", "A", re.I))
print(re.match(b"A", b"a", re.I), re.match(b"\\xe9", b"\\xc9", re.I))
