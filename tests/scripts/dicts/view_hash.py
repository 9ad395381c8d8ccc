# dict_keys and dict_items are set-like and so unhashable; dict_values hashes by identity.
d = {1: "a"}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {view: 1}
    except TypeError as e:
        print("TypeError:", e)
print(type(hash(d.values())).__name__)
print(type(d.keys()).__hash__, type(d.values()).__hash__ is object.__hash__)
