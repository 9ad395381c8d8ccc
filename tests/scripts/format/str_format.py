print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {1[k]}'.format([10, 20], {'k': 'v'}))
class Pt:
    x = 3
    y = 4
print('{0.x},{0.y}'.format(Pt()))
print('{p.x}'.format(p=Pt))
print('{{}} {}'.format('x'))
print('{!r} {!s}'.format('q', 'q'))
print('{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'))
print('{0:{1}}|'.format('w', 6))
print('{:{}.{}f}'.format(2.71828, 8, 2))
print('{:*^11}'.format('mid'))
args = ('x', 'y')
kw = {'z': 'Z'}
print('{} {} {z}'.format(*args, **kw))
print('{0!r:>6}'.format('ab'))
