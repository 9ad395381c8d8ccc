# json.dumps and json.dump with every option, against CPython's text.
import json
import io

values = [None, True, False, 0, -5, 10**30, 1.5, 0.1, 1e100, 1e-7, -0.0, 3.0, 123456789.123,
          "", "plain", 'quote " and \\ backslash', "\n\r\t\b\f\x00\x1f\x7f", "é☃😀", "/slash",
          [], {}, (), [1, [2, [3, []]]], (1, "two", None), {"a": 1, "b": [1, 2], "c": {"d": {}}},
          {1: "int key", 2.5: "float key", True: "t", None: "n"}, [float("nan"), float("inf"), float("-inf")]]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))

doc = {"name": "gilpy", "tags": ["a", "b"], "nested": {"x": [1, 2, {"y": None}], "empty": [], "e2": {}}, "n": 1.25}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, indent=2, separators=(",", " = ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
print(json.dumps("é", ensure_ascii=True), json.dumps(["\u2028"]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(json.dumps([Point(1, 2)], default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps({"p": Point(3, 4)}, default=vars, sort_keys=True))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Encoder))
print(Encoder(indent=1).encode([1, {2: 3}]))

buf = io.StringIO()
json.dump({"k": [1, 2, 3], "v": "x"}, buf, indent=1)
print(buf.getvalue())


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(json.dumps, float("nan"), allow_nan=False)
attempt(json.dumps, [float("inf")], allow_nan=False)
attempt(json.dumps, {(1, 2): 3})
attempt(json.dumps, Point(1, 2))
attempt(json.dumps, {"a": {1, 2}})
attempt(json.dumps, b"bytes")
circular = []
circular.append(circular)
attempt(json.dumps, circular)
d = {}
d["self"] = d
attempt(json.dumps, d)
attempt(json.dumps, {1: 1, "a": 2}, sort_keys=True)
