# One half of a circular import two threads start at once (concurrent_import.py).
import sys
sys.CYCLE_BARRIER.wait()
import mod_cycle_b
NAME = 'a'
