# The other half of the circular import in concurrent_import.py.
import sys
sys.CYCLE_BARRIER.wait()
import mod_cycle_a
NAME = 'b'
