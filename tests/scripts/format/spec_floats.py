vals = [3.14159, -2.5, 1234567.891, 0.000123, 100.0, 0.0]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '^10.1f', '+.1f', ' .1f', '010.2f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',.2f', '_.1f', 'F', '.0f', '#.0f', 'n', '.10g']:
    print(repr(spec), ' '.join(repr(format(v, spec)) for v in vals))
print(format(1e16, ''), format(1e16, 'g'), format(1e-5, 'g'), format(123456789.0, 'g'))
print(format(float('inf'), '10.2f'), format(float('nan'), '+f'), format(float('-inf'), 'E'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'))
print(format(1.0, 'g'), format(1.0, '#g'), format(10.0, '.0e'))
print(format(5, 'f'), format(5, '.2e'), format(5, '%'), format(5, 'g'))
