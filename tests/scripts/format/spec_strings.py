s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '-<8', '.3', '10.2', '>3', '^6']:
    print(repr(spec), '[' + format(s, spec) + ']')
print(format('', '5') + '|')
print(format(None, '') if True else '', format([1, 2], ''), format(True, ''))
print('[{:^7}]'.format('ab'), '[{:^7}]'.format('abc'))
print(format('x', '=>3'))
