# re.error messages, positions, lines and columns, as CPython 3.11 words them.
import re

patterns = ['(', ')', '*', '+a', 'a**', 'a{2}{3}', 'a*?+', '[a', '[z-a]', '[\\d-z]', '[a-\\d]',
            '\\q', '\\', '(?<x', '(?Px', '(?', '(?z', '(?P<a-b>x)', '(?P<>x)', '(?P<a',
            '(?P<1a>x)', '(a)\\2', '(a\\1)', '(?<=a+)b', '(?<!ab|c)', 'a{3,2}', '(?P=x)',
            '(?P=a-b)', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(a-)a)', '(?(99)a)',
            '(?(2)a)(b)', 'a(?i)b', '(?:(?i)a)', 'a|(?i)b', '\\x4', '\\u004', '\\U0011000',
            '(?i', '(?-i)', '(?i-i:a)', '(?-a:x)', '(?a', '(?au)', '(?L)x', '(?#abc',
            '^*', '\\b+', '(?P<a>x)(?P<a>y)', '[\\A]', '\\8', '[\\8]', '\\777', '(?<=(a)|b)',
            '\n)', 'ab\n(c', 'a\nb\n[c', '(a', '((a)', 'a)b', '(?q)', '(?P>a)', '(?<', '\\N',
            '\\N{', '\\N{ nothing}', 'x{1,2}{3}', '(?=a)*', 'a{99999999999}', '(?x)a # (']
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "compiles:", r.groups, r.flags)
    except re.error as e:
        print(repr(p), repr(str(e)), repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(', b'\\u0041', b'(?u)x', b'[b-a]']:
    try:
        re.compile(p)
        print(p, "compiles")
    except re.error as e:
        print(p, repr(str(e)), e.pos, e.pattern)

for flags in [re.L, re.A | re.U]:
    try:
        re.compile("x", flags)
    except ValueError as e:
        print("ValueError:", e)
for flags in [re.U, re.A | re.L]:
    try:
        re.compile(b"x", flags)
    except ValueError as e:
        print("ValueError:", e)

e = re.error("custom message")
print(repr(str(e)), e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__)
e = re.error("bad", "ab\ncd", 4)
print(str(e), e.lineno, e.colno)
try:
    re.compile("(")
except re.error as e:
    print(type(e).__module__, type(e).__name__, e.args)

# Replacement-template errors.
for repl in [r'\3', r'\g<3>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<a-b>', '\\', r'\q', r'\777', r'\g<-1>']:
    try:
        print(repr(repl), repr(re.sub(r"(a)(b)", repl, "ab")))
    except re.error as e:
        print(repr(repl), "error:", e, e.pos)
    except IndexError as e:
        print(repr(repl), "IndexError:", e)
for repl in [r'\-', r'\.\1', r'\0\00\012', r'\g<0>\g<2>', '\\\\', r'\a\t\n\r\f\v\b']:
    print(repr(repl), repr(re.sub(r"(a)(b)", repl, "ab")))
print(repr(re.sub(r"(a)|b", r"[\1]", "ab")))
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)
