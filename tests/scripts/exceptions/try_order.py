def run(kind):
    print('--', kind)
    try:
        print('try start')
        if kind == 'value':
            raise ValueError('bad value')
        if kind == 'key':
            raise KeyError('k')
        print('try end')
    except ValueError as e:
        print('except ValueError', e)
    except (KeyError, IndexError) as e:
        print('except tuple', type(e).__name__, e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
run('none')
run('value')
run('key')
def uncaught():
    try:
        raise TypeError('escapes')
    except ValueError:
        print('wrong handler')
    finally:
        print('finally before propagation')
try:
    uncaught()
except TypeError as e:
    print('outer caught', e)
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError as e:
    print('caught', e)
try:
    [][1]
except:
    print('bare except')
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == '', e.args)
