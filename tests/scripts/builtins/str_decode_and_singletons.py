# str(bytes, encoding, errors) decodes; type(None)() and friends give the singletons.
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"ok"), encoding="ascii"))
print(str(b"a\xffb", "ascii", "replace"), str(b"x", errors="strict"))
for thunk in (lambda: str("text", "utf-8"), lambda: str(5, "utf-8"), lambda: str(b"\xff", "utf-8")):
    try:
        thunk()
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for kind in (type(None), type(...)):
    try:
        kind(1)
    except TypeError as e:
        print("TypeError:", e)
print(str.upper.__qualname__, dict.fromkeys.__qualname__, len.__qualname__, [].append.__qualname__)
