import sys
RUNS = 0
RUNS += 1
SEEN_SELF = sys.modules[__name__].__name__ == __name__
print('mod_counter body runs')
