import mod_circ_from_2
LATE = 1
