"""Sorting HOWTO: itemgetter, attrgetter, methodcaller, multi-key sorts."""
from operator import itemgetter, attrgetter, methodcaller

student_tuples = [
    ('john', 'A', 15),
    ('jane', 'B', 12),
    ('dave', 'B', 10),
]
print(sorted(student_tuples, key=itemgetter(2)))
print(sorted(student_tuples, key=itemgetter(1, 2)))


class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age

    def __repr__(self):
        return repr((self.name, self.grade, self.age))


student_objects = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10)]
print(sorted(student_objects, key=attrgetter('age')))
print(sorted(student_objects, key=attrgetter('grade', 'age'), reverse=True))
s = sorted(student_objects, key=attrgetter('age'))
print(sorted(s, key=attrgetter('grade'), reverse=True))
words = ['banana', 'Apple', 'cherry']
print(sorted(words, key=methodcaller('lower')), sorted(words, key=str.lower))
print(list(map(methodcaller('count', 'a'), words)))
print(itemgetter(1)('ABCDEFG'), itemgetter(1, 3, 5)('ABCDEFG'), itemgetter(slice(2, None))('ABCDEFG'))
soldier = dict(rank='captain', name='dotterbot')
print(itemgetter('rank')(soldier))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
getcount = itemgetter(1)
print(list(map(getcount, inventory)))
print(sorted(inventory, key=getcount))
print(itemgetter(0), attrgetter('a.b'), methodcaller('f', 1, k=2))
ag = attrgetter('name', 'grade')
print(ag(student_objects[0]))
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print('IndexError:', e)
try:
    attrgetter('nope')(student_objects[0])
except AttributeError as e:
    print('AttributeError:', e)
