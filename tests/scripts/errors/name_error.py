print('start')
value = 10
print(value + undefined_variable)
print('never')
