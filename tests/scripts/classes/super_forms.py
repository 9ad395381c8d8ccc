class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return 'Base(' + str(self.v) + ')'
    @classmethod
    def make(cls):
        return cls.__name__ + ' made'
class Mid(Base):
    def __init__(self, v):
        super(Mid, self).__init__(v * 2)
    def show(self):
        return 'Mid/' + super(Mid, self).show()
    @classmethod
    def make(cls):
        return 'Mid:' + super().make()
class Leaf(Mid):
    def show(self):
        return 'Leaf/' + super().show() + '/' + super(Mid, self).show()
l = Leaf(5)
print(l.v)
print(l.show())
print(Leaf.make(), Mid.make())
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counter()
c['a'] = 1
print(c)
