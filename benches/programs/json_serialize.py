# bench: a JSON-like serializer and parser: recursive walks over nested dicts and lists that build strings
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def quote(s):
    if any(c in ESCAPES for c in s):
        s = "".join(ESCAPES.get(c, c) for c in s)
    return '"' + s + '"'


def dumps(obj, indent=None, level=0):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        parts = [dumps(x, indent, level + 1) for x in obj]
        if indent is None:
            return "[" + ", ".join(parts) + "]"
        pad = "\n" + " " * (indent * (level + 1))
        return "[" + pad + ("," + pad).join(parts) + "\n" + " " * (indent * level) + "]"
    if isinstance(obj, dict):
        items = []
        for k in sorted(obj):
            items.append(quote(str(k)) + ": " + dumps(obj[k], indent, level + 1))
        return "{" + ", ".join(items) + "}"
    raise TypeError("not serializable: %r" % (obj,))


def loads(text):
    pos = 0

    def skip():
        nonlocal pos
        while text[pos] in " \n\t":
            pos += 1

    def value():
        nonlocal pos
        skip()
        ch = text[pos]
        if ch == "{":
            pos += 1
            out = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                skip()
                k = value()
                skip()
                pos += 1
                out[k] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return out
        if ch == "[":
            pos += 1
            out = []
            skip()
            if text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return out
        if ch == '"':
            end = pos + 1
            chunks = []
            while text[end] != '"':
                if text[end] == "\\":
                    nxt = text[end + 1]
                    chunks.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    end += 2
                else:
                    chunks.append(text[end])
                    end += 1
            pos = end + 1
            return "".join(chunks)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "0123456789+-.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if "." in num or "e" in num else int(num)

    return value()


def make_doc(i):
    return {
        "id": i,
        "name": "item\t%d" % i,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11), "say \"hi\""],
        "price": i * 1.25,
        "active": i % 2 == 0,
        "owner": None if i % 5 else {"name": "o%d" % i, "level": [i, i + 1, [i * 2]]},
        "matrix": [[i + r * c for c in range(3)] for r in range(3)],
    }


def main(n):
    docs = [make_doc(i) for i in range(n)]
    total = 0
    for rep in range(4):
        text = dumps(docs, indent=2 if rep % 2 else None)
        total += len(text)
    back = loads(text)
    again = dumps(back)
    print("checksum:", total, len(again), back == docs, again[-60:])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2400)
