class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def add(self, x):
        self.shared.append((self.id, x))
a = Counter()
b = Counter()
a.add('a1')
b.add('b1')
print(Counter.instances, a.id, b.id, Counter.shared)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
print('instances' in a.__dict__, 'instances' in b.__dict__)
class Config:
    debug = False
    level = 1
    def describe(self):
        return 'debug=%s level=%s' % (self.debug, self.level)
c = Config()
print(c.describe())
Config.debug = True
print(c.describe())
c.level = 5
print(c.describe(), Config().describe())
del c.level
print(c.describe())
print(Config.__dict__['level'], 'describe' in Config.__dict__)
class Meta:
    x = 1
    y = x + 1
    z = [x, y]
print(Meta.x, Meta.y, Meta.z)
print(c.__class__.__name__, c.__class__ is Config)
setattr(Config, 'added', 'dynamically')
print(c.added)
def external(self):
    return 'external method on ' + type(self).__name__
Config.ext = external
print(c.ext())
