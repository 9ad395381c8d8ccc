# Every module-level function and Pattern method of re, with pos/endpos.
import re

print(re.search(r"\d+", "abc 123 def 45"))
print(re.search(r"\d+", "no digits"))
print(re.match(r"abc", "abcdef"), re.match(r"bcd", "abcdef"))
print(re.fullmatch(r"a.c", "abc"), re.fullmatch(r"a.c", "abcd"), re.fullmatch(r"a|ab", "ab"))
print(re.findall(r"\w+", "The quick brown fox"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
print(re.findall(r"x(y)?", "x xy"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print([m.group() for m in re.finditer(r"\b\w", "hello big world")])
print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"a", "b", "aaaa", count=2), re.sub(r"a", "b", "aaaa", 0))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"z", "0", "foo"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"x", lambda m: None, "axbx"))
print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(\s*),(\s*)", "a , b"))
print(re.split(r"[,;]", "a,b;c,d", maxsplit=2))
print(re.split(r"x", "axbxc", 1), re.split("x", "abc"), re.split("x", ""))
print(re.escape("1.5*[x]+(y)?{z}^$|\\ #&~-"), re.escape(b"a.b"), re.escape("plain_text09"))
print(re.escape("tab\there\nnl"))

p = re.compile(r"(?P<key>\w+)=(?P<value>\w*)")
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(p.search("x k=v y"), p.match("k=v"), p.match(" k=v"))
print(p.search("aa=1 bb=2", 3), p.search("aa=1 bb=2", 5, 8), p.search("aa=1 bb=2", 5, 7))
print(p.match("aa=1 bb=2", 5), p.fullmatch("aa=1 bb=2", 5), p.fullmatch("aa=1 bb=2", 0, 4))
print(p.findall("a=1 b=2 c=3", 4), p.findall("a=1 b=2 c=3", 0, 7))
print([m.groupdict() for m in p.finditer("a=1 b=2 c=3", 2)])
print(p.sub(r"\g<value>=\g<key>", "a=1 b=2"), p.subn(r"[\g<0>]", "a=1 b=2", 1))
print(p.split("x a=1 y b=2 z"))
print(re.compile(r"\d").search("abc", -5), re.compile(r"c").search("abc", 1, 100))
print(re.compile(r"$").search("abc", 0, 2).span(), re.compile(r"^b").search("abc", 1))
print(re.compile(r"\bb").search("ab", 1), re.compile(r"(?<=a)b").search("ab", 1))
print(re.compile("a").search("aaa", 2, 1))

# The cache and compiled patterns as arguments.
q = re.compile("ab+")
print(re.compile(q) is q, re.search(q, "xabbb"), re.findall(q, "ab abb"))
print(re.compile("x+") is re.compile("x+"), re.compile("x+") == re.compile("x+"))
print(re.compile("x+") == re.compile("x+", re.I), hash(re.compile("x")) == hash(re.compile("x")))
print(len({re.compile("a"), re.compile("a"), re.compile("b")}))
re.purge()
print(re.compile("x+") == q, re.compile("x+").pattern)
try:
    re.compile(q, re.I)
except ValueError as e:
    print("ValueError:", e)
for bad in [1, None, ["a"]]:
    try:
        re.compile(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError:", e)

# Empty matches, the rules of 3.7 and later.
print(re.sub("x*", "-", "abxd"), re.sub("x*", "-", ""), re.sub("", "-", "abc"))
print(re.split("x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"))
print(re.findall("|a", "a"), re.findall("a*", "baaa"), re.findall(r"\b", "ab cd"))
print(re.subn("a|(?=b)", "-", "abab"), re.sub("(?:)", "|", "ab"))
print([m.span() for m in re.finditer("a*?", "aa")], [m.span() for m in re.finditer(r"\w*", "ab c")])

# Bytes patterns.
print(re.findall(rb"\w+", b"hello world 42"), re.sub(rb"o", b"0", b"foo"))
print(re.match(rb"(\d+)-(\d+)", b"10-20").groups(), re.split(rb",", b"a,b"))
print(re.sub(rb"(a)", rb"<\1>", b"banana"), re.compile(rb"x", re.I))
print(re.search(rb"\xff", b"a\xffb"), re.findall(b".", bytearray(b"ab")))
print(re.compile(b"a\\d").pattern, re.compile(b"a").flags)
