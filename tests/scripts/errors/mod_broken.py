def explode():
    return int('not a number')
