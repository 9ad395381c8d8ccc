g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def create():
    global new_global
    new_global = 'created'
create()
print(new_global)
x = 'module'
def reader():
    return x
def shadower():
    x = 'local'
    return x
print(reader(), shadower(), x)
def nested_global():
    def inner():
        global x
        x = 'changed globally'
    inner()
nested_global()
print(x)
items = []
def appender(v):
    items.append(v)
appender(1)
print(items)
