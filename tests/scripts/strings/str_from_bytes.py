print(str(b"abc", "utf-8"), str(b"caf\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"), str(b"\xe9", "latin-1"), str(bytearray(b"xy"), "ascii"), str(b"ab", errors="strict"), repr(str(b"")))
for bad in [lambda: str("abc", "utf-8"), lambda: str(5, "utf-8"), lambda: str(b"\xff", "utf-8"), lambda: str(b"a", "nope"), lambda: str(b"a", 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(str(object=5), str(b"x"))
