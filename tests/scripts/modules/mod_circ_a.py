print('mod_circ_a starts')
EARLY = 'early'
import mod_circ_b
A = 'a done'
print('mod_circ_a ends')
