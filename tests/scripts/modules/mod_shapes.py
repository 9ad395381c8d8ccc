print('mod_shapes loading, __name__ =', __name__)
PI = 3.14159
_private = 'hidden'
counter = 0
def area(r):
    return round(PI * r * r, 2)
def bump():
    global counter
    counter += 1
    return counter
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
if __name__ == '__main__':
    print('mod_shapes run as main (should not happen on import)')
