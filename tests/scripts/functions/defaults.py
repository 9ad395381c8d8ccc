def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Ben', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())
def noreturn():
    pass
print(noreturn())
def early(x):
    if x:
        return 'early'
    print('not early')
print(early(1), early(0))
print(greet.__name__)
def multi():
    return 1, 'two', [3]
print(multi())
