# Match objects: group access, spans, defaults, expand, lastindex/lastgroup, repr.
import re

m = re.search(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "name: Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m[0], m[1], m["first"], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span("opt"), m.start(3))
print(m.lastindex, m.lastgroup, m.re, m.string, m.pos, m.endpos, m.regs)
print(bool(m), m.expand(r"\2, \1 [\g<0>] \g<first>"), m.expand(r"\3|\g<opt>|\n"))
print(m.group(3), m.opt if hasattr(m, "opt") else "no attr")
for bad in [4, -1, "nope", 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m["nope"]
except IndexError as e:
    print("IndexError:", e)
try:
    m.start(9)
except IndexError as e:
    print("IndexError:", e)

print(re.match(r"(a)(b)?", "a").lastindex, re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"a", "a").lastindex, re.match(r"(?P<x>a)(b)", "ab").lastgroup)
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup, re.match(r"(a)(?:b)", "ab").lastgroup)
print(re.match(r"(a|b)*", "abab").group(1), re.match(r"(a|b)*", "abab").span(1))
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(?:(a)|(b))*", "ab").groups())
print(re.match(r"(a*)+", "aaa").groups(), re.match(r"(a*)*", "b").groups(), re.match(r"(a)?", "b").groups())
print(repr(re.match("", "abc")), re.match(r"\w+", "x" * 60))
print(re.search(r"'", "it's"), re.search(r'"', 'say "hi"'), re.search(r"\n", "a\nb"))
print(re.search(rb"\w+", b"  bytes!"))
m = re.match(r"(\d+)\.(\d+)", "3.14 is pi")
print(m.expand(r"\2.\1"), m.expand(r"\g<2>\g<1>"), m.expand(b"x" if False else r"[\0]"), m.expand(r"\101"))
print(re.match(rb"(a)(b)", b"ab").expand(rb"\2\1\n"))
print(type(m).__name__, type(re.compile("")).__name__, isinstance(m, re.Match), isinstance(m.re, re.Pattern))
print(re.compile(r"(?P<a>x)|(?P<b>y)").match("y").groupdict("?"))
print(re.Pattern[str], re.Match[bytes])
