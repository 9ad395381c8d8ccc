print('mod_circ_b starts')
import mod_circ_a
SAW = (mod_circ_a.EARLY, hasattr(mod_circ_a, 'A'))
B = 'b done'
