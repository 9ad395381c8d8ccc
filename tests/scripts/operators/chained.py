x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 > 0 < 3)
print(5 == 5 == 5.0)
print(1 == 1 != 2)
print(3 > 2 > 1 > 0 >= 0)
print(1 < 3 in [3, 4])
print('a' < 'b' < 'c')
def loud(v):
    print('eval', v)
    return v
print(loud(1) < loud(2) < loud(3))
print(loud(3) < loud(2) < loud(1))
print(None is None is None)
a = [1]
b = a
print(a is b is not None)
print(0 <= x <= 5, 0 <= x < 5)
