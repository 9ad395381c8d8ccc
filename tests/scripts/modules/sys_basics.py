import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
print(type(sys.argv).__name__)
print(hasattr(sys, 'stdout'), hasattr(sys, 'stderr'))
sys.stdout.write('direct write\n')
print(sys.maxsize + 1, -sys.maxsize - 1)
