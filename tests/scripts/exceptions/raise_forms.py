try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e))
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(e, repr(e), e.args)
def reraise():
    try:
        int('nope')
    except ValueError:
        print('handling, then re-raise')
        raise
try:
    reraise()
except ValueError as e:
    print('re-raised:', e)
try:
    try:
        {}['x']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__), '| context is cause:', e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(e, '| context:', repr(e.__context__), '| cause:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('suppressed') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
err = TypeError('prebuilt')
try:
    raise err
except TypeError as e:
    print(e is err)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
e2 = None
try:
    raise KeyError('gone')
except KeyError as e2:
    pass
try:
    print(e2)
except NameError as ne:
    print('NameError:', ne)
