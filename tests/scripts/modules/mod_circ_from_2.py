from mod_circ_from import LATE
