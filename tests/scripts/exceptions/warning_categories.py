# Every built-in warning category, its base and how it is caught.
names = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
         "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
         "ResourceWarning", "EncodingWarning"]
for cls in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning):
    print(cls.__name__, cls.__name__ in names, [k.__name__ for k in cls.__mro__], cls.__module__)
try:
    raise ResourceWarning("unclosed file")
except Warning as e:
    print(repr(e), str(e), isinstance(e, Exception))
