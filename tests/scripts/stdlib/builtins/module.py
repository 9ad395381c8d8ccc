# The builtins module: its attributes are the builtins themselves, and a
# name set on it becomes visible everywhere, as in CPython.
import builtins

print(builtins.len is len, builtins.print is print, builtins.int is int)
print(builtins.__name__, type(builtins).__name__)
builtins.print("via module")
print(isinstance(builtins.ValueError("x"), Exception), builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(sorted(n for n in ("abs", "len", "zip", "open", "super") if hasattr(builtins, n)))
builtins.answer_for_all = 42
print(answer_for_all)


def shadow():
    return answer_for_all + 1


print(shadow())
del builtins.answer_for_all
try:
    answer_for_all
except NameError as e:
    print(e)
import builtins as again
print(again is builtins)
