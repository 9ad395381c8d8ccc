for s in ['1', '22', 'x']:
    print(int(s))
