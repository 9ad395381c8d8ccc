print('alpha body'); ALPHA = 'a'
