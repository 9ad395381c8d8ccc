"""copy vs deepcopy of nested structures and custom classes (PyMOTW)."""
import copy
import functools


@functools.total_ordering
class MyClass:

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name

    def __gt__(self, other):
        return self.name > other.name


a = MyClass('a')
my_list = [a]
dup = copy.copy(my_list)
print('             my_list:', my_list == dup)
print('             dup is my_list:', (dup is my_list))
print('             dup == my_list:', (dup == my_list))
print('dup[0] is my_list[0]:', (dup[0] is my_list[0]))
print('dup[0] == my_list[0]:', (dup[0] == my_list[0]))
dup = copy.deepcopy(my_list)
print('deep dup[0] is my_list[0]:', (dup[0] is my_list[0]))
print('deep dup[0] == my_list[0]:', (dup[0] == my_list[0]))

nested = {'a': [1, 2, {'x': [3]}], 'b': (4, [5])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested['a'][2]['x'].append(99)
nested['b'][1].append(6)
print(shallow)
print(deep)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
s = 'str'
print(copy.deepcopy(s) is s, copy.copy(42), copy.deepcopy(None))
