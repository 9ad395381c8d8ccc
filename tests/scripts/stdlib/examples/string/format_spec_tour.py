"""The 'Format examples' section of the string docs."""
print('{0}, {1}, {2}'.format('a', 'b', 'c'))
print('{}, {}, {}'.format('a', 'b', 'c'))
print('{2}, {1}, {0}'.format('a', 'b', 'c'))
print('{2}, {1}, {0}'.format(*'abc'))
print('{0}{1}{0}'.format('abra', 'cad'))
print('Coordinates: {latitude}, {longitude}'.format(latitude='37.24N', longitude='-115.81W'))
coord = {'latitude': '37.24N', 'longitude': '-115.81W'}
print('Coordinates: {latitude}, {longitude}'.format(**coord))
c = 3 - 5j
print(('The complex number {0} is formed from the real part {0.real} '
       'and the imaginary part {0.imag}.').format(c))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return 'Point({self.x}, {self.y})'.format(self=self)


print(str(Point(4, 2)))
coord = (3, 5)
print('X: {0[0]};  Y: {0[1]}'.format(coord))
print("repr() shows quotes: {!r}; str() doesn't: {!s}".format('test1', 'test2'))
print('{:<30}'.format('left aligned'))
print('{:>30}'.format('right aligned'))
print('{:^30}'.format('centered'))
print('{:*^30}'.format('centered'))
print('{:+f}; {:+f}'.format(3.14, -3.14))
print('{: f}; {: f}'.format(3.14, -3.14))
print('{:-f}; {:-f}'.format(3.14, -3.14))
print('int: {0:d};  hex: {0:x};  oct: {0:o};  bin: {0:b}'.format(42))
print('int: {0:d};  hex: {0:#x};  oct: {0:#o};  bin: {0:#b}'.format(42))
print('{:,}'.format(1234567890))
points = 19
total = 22
print('Correct answers: {:.2%}'.format(points / total))
for align, text in zip('<^>', ['left', 'center', 'right']):
    print('{0:{fill}{align}16}'.format(text, fill=align, align=align))
octets = [192, 168, 0, 1]
print('{:02X}{:02X}{:02X}{:02X}'.format(*octets))
width = 5
for num in range(5, 12):
    for base in 'dXob':
        print('{0:{width}{base}}'.format(num, base=base, width=width), end=' ')
    print()
print(f'{"nested":{"^"}{12}}|', f'{1e6:_.1f}', f'{255:#_b}', f'{0.000123:.2e}', f'{12.5:g}', f'{1/3:.3}')
