print('mod_chain_b loaded')
def hello():
    return 'hello from b'
value = 'b-value'
