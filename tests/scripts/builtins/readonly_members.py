# Data attributes of built-in objects are read-only members.
for obj, name in ((range(3), "start"), (range(3), "step"), (slice(1, 2), "stop")):
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print(type(obj).__name__, name, "AttributeError:", e)
try:
    range(3).nothing = 1
except AttributeError as e:
    print("AttributeError:", e)
