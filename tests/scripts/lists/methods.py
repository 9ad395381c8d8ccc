l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend('ab'); print(l)
l.insert(0, 'start'); print(l)
l.insert(-1, 'neg'); print(l)
l.insert(100, 'end'); print(l)
print(l.pop(), l.pop(0), l.pop(-2)); print(l)
l.remove(1); print(l)
print(l.index(4), l.count(1), l.count(99))
l2 = [5, 2, 8, 1]
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
l2.reverse(); print(l2)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
c = l2.copy()
c.append(0)
print(l2, c)
c.clear(); print(c)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError:', e)
try:
    [1].index(2)
except ValueError as e:
    print('ValueError:', e)
print(l2.sort())
