# fnmatch: *, ?, [seq], [!seq], ranges, literal brackets, filter, and the
# bytes/str mismatch error.
import fnmatch

cases = [("a.txt", "*.txt"), ("a.txt", "*.py"), ("abc", "a?c"), ("ac", "a?c"), ("abc", "a[bc]c"), ("adc", "a[!bc]c"),
         ("abc", "a[!bc]c"), ("a1", "a[0-9]"), ("ax", "a[0-9]"), ("a]", "a[]]"), ("a[", "a["), ("a[b", "a[b"),
         ("", "*"), ("", ""), ("x", ""), ("abcabc", "*abc"), ("aaaa", "a*a*a*a"), ("aaa", "a*a*a*a"),
         ("ABC", "abc"), ("a-b", "a[-x]b"), ("a!b", "a[!]b"), ("a*b", "a[*]b"), ("axb", "a[*]b"),
         ("long/path/file.c", "*.c"), ("file.c", "f*e.?"), ("mississippi", "*ss*ss*"), ("mississippi", "m*sip*i"),
         ("zzz", "[a-c]*"), ("b", "[c-a]"), ("Makefile", "[A-Z]*"), ("\n", "?"), ("a\nb", "a*b")]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".hidden.py"], "*.py"))
print(fnmatch.fnmatch(b"x.bin", b"*.bin"), fnmatch.fnmatchcase(b"x.bin", b"*.txt"))
try:
    fnmatch.fnmatch(b"x", "x")
except TypeError as e:
    print("TypeError", e)
