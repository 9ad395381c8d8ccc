for spec in ['d', '5d', '<5d', '>5d', '^5d', '05d', '+d', ' d', '-d', ',d', '_d', 'b', '#b', 'o', '#o', 'x', '#x', 'X', '#X', 'c', 'n', '=+6d', '*>7', '#010x', '_b', ',']:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)) if spec != 'c' else '')
print(format(1234567890, ','), format(1234567890, '_'), format(0xDEADBEEF, '_x'))
print(format(2 ** 70, ','), format(-2 ** 70, '#x'))
print(format(0, '#b'), format(0, '+'), format(0, '05'))
