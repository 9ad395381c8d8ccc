print('lazy body:', __name__)
LAZY = 'lazy value'
