# Everyday programs that use re: word counts, a tokenizer driven by named
# groups and lastgroup, log-line parsing, and text clean-ups.
import re
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief..."""
words = re.findall(r"\w+", text.lower())
print(Counter(words).most_common(5))
print(re.sub(r"(\b[a-z]+) \1", r"\1", "cat in the the hat"))
print(re.sub(r"\s+", " ", text).strip()[:60])

SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKEN = re.compile("|".join("(?P<%s>%s)" % pair for pair in SPEC))
source = "total := price * 1.5;\nif total > 10 then\n  count := count + 1;"
line = 1
line_start = 0
for mo in TOKEN.finditer(source):
    kind = mo.lastgroup
    value = mo.group()
    if kind == "NEWLINE":
        line += 1
        line_start = mo.end()
        continue
    if kind == "SKIP":
        continue
    print(kind, repr(value), line, mo.start() - line_start)

LOG = re.compile(r"^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<when>[^\]]+)\] "
                 r'"(?P<method>GET|POST) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$')
lines = [
    '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /form HTTP/1.1" 404 -',
    'garbage line',
]
for entry in lines:
    m = LOG.match(entry)
    print(m.group("ip", "method", "path", "status", "size") if m else None)

def camel_to_snake(name):
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()
print([camel_to_snake(n) for n in ["CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake"]])
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four."))
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", "mail a.b+c@ex-ample.org, x@y.co.uk or nobody"))
print(re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", r"\3/\2/\1", "from 2024-01-31 to 2024-12-01"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "regular expressions"))
print(re.fullmatch(r"[0-9a-fA-F]+", "DeadBeef") is not None, re.fullmatch(r"\d+", "12a") is None)
print([s for s in re.split(r"\W+", "Words, words, words.") if s])
table = re.compile(r"^\s*(\w+)\s*=\s*(.*?)\s*$", re.M)
print(dict(table.findall("a = 1\n  b=two words  \nc =\n")))
print(re.sub(r"(?m)^", "> ", "quoted\ntext"))
print(re.compile(r"\$\{(\w+)\}").sub(lambda m: {"name": "world"}.get(m.group(1), "?"), "hello ${name} ${x}"))
big = "word " * 20000
print(len(re.findall(r"\w+", big)), len(re.sub(r"o", "0", big)), len(re.split(r"\s", big)))
print(re.match(r"(a|b)*c", "ab" * 5000 + "c").span(), re.match(r"(?:x+)+y", "x" * 20 + "y").span())
print(re.search(r"a.*b", "a" + "c" * 100000 + "b").span(), re.match(r".*?z", "y" * 100000 + "z").end())
