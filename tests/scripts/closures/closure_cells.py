# A closure's __closure__ holds one cell per free variable, in co_freevars order;
# cell_contents reads the live value, and an empty cell says so.
def make():
    count = 0
    label = "n"
    def bump():
        nonlocal count
        count += 1
        return label, count
    return bump

bump = make()
bump()
print(bump.__code__.co_freevars)
print([c.cell_contents for c in bump.__closure__])
print(type(bump.__closure__).__name__, type(bump.__closure__[0]).__name__)
print(make.__closure__)

def late():
    def read():
        return value
    cell = read.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 42
    return cell.cell_contents

print(late())
