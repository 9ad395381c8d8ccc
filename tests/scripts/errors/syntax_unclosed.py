print('this line never runs because compilation fails')
values = [1, 2, 3
print(values)
