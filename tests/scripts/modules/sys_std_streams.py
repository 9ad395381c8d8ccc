# sys.__stdout__, sys.__stderr__ and sys.__stdin__ are the objects sys.stdout,
# sys.stderr and sys.stdin start as, so a program can tell whether one has
# been replaced, and put it back.
import sys

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
saved = sys.stdout


class Sink:
    def write(self, s):
        return len(s)


sys.stdout = Sink()
replaced = sys.stdout is sys.__stdout__
sys.stdout = sys.__stdout__
print(replaced, sys.stdout is saved)
print(sys.__stdout__.name, sys.__stderr__.name, sys.__stdin__.name)
