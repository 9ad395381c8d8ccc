class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data.get(key, 0)
    def __setitem__(self, key, val):
        print('set', key, val)
        self.data[key] = val
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
g = Grid()
g[1, 2] = 'x'
print(g[1, 2], g[0, 0])
print((1, 2) in g, (5, 5) in g, len(g))
del g[1, 2]
print(len(g), bool(g))
g['k'] = 1
g['k'] += 5
print(g.data)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print('seq item', v)
class Slicer:
    def __getitem__(self, s):
        return s
sl = Slicer()
print(sl[1:2], sl[::3], sl[1:2, 3], sl['key'])
