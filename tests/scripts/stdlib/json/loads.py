# json.loads and json.load: values, hooks, and the JSONDecodeError messages.
import json
import io

texts = ['null', 'true', 'false', '0', '-0', '42', '-17', '123456789012345678901234567890', '1.5', '-0.25',
         '1e3', '1E-3', '2.5e+2', '"text"', '""', '"\\u00e9\\u2603"', '"\\ud83d\\ude00"',
         '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '[]', '{}', ' [ 1 , 2 , [ 3 ] ] ', '{"a": {"b": [true, null]}}',
         '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '\n\t 7 \n', '"é"']
for t in texts:
    print(repr(t), repr(json.loads(t)))

print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"ba"')), json.loads('{"x": "\u00e9"}'.encode()))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"a": 1}, {}]', object_pairs_hook=lambda pairs: ("pairs", pairs)))
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))
print(json.loads(json.dumps({"round": ["trip", 1.1, None, {"é": [True]}]})))
d = json.JSONDecoder()
print(d.decode('[1]'), d.raw_decode('{"a": 1} trailing'), d.raw_decode('xx [2]', 3))
print(json.loads('"tab\tinside"', strict=False))

bad = ['', '   ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', "{'a': 1}",
       '[', '[1,]', '[1 2]', ']', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '"\\uzzzz"', '"\\', '1 2', 'nul',
       'tru', '-', '01', '1.', '1e', '[1,\n2,\n x]', '{\n  "a": 1\n  "b": 2\n}', '\ufeff1', 'infinity', '[1]]']
for t in bad:
    try:
        json.loads(t)
    except json.JSONDecodeError as e:
        print(repr(t), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))

try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.args)
