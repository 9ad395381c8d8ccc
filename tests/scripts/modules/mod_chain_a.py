import mod_chain_b
print('mod_chain_a loaded')
def hello():
    return 'a says ' + mod_chain_b.hello()
