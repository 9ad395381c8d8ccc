try:
    import mod_does_not_exist_anywhere
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
    print(e.name)
try:
    import mod_also_missing
except ImportError as e:
    print('ImportError subclass caught:', type(e).__name__)
try:
    from mod_chain_b import no_such_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
print('still running')
