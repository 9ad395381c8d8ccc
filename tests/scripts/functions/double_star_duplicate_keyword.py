# A keyword given both by **mapping and by name is a TypeError naming the callee,
# whichever comes first; distinct keys merge.
def collect(**kwargs):
    return kwargs

class Box:
    def put(self, **kwargs):
        return kwargs

print(collect(**{"a": 1}, b=2), collect(b=2, **{"a": 1}), collect(**{"a": 1}, **{"c": 3}, d=4))
for thunk in (
    lambda: collect(**{"a": 1}, a=2),
    lambda: collect(a=2, **{"a": 1}),
    lambda: collect(**{"a": 1}, **{"a": 2}),
    lambda: Box().put(**{"k": 1}, k=2),
    lambda: print(**{"sep": "-"}, sep="+"),
    lambda: collect(**[1]),
):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
