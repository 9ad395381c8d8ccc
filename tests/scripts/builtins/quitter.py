# exit and quit are site's Quitter objects: the bare name says how to leave,
# calling one raises SystemExit.
print(quit)
print(repr(exit), str(exit))
print(type(quit).__name__, callable(exit))
try:
    exit(3)
except SystemExit as e:
    print("code", e.code)
try:
    quit()
except SystemExit as e:
    print("code", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError")
exit("bye")
