def main():
    print('main() running, __name__ =', __name__)
    return 0
import mod_shapes
print(mod_shapes.__name__)
if __name__ == '__main__':
    main()
else:
    print('not main')
print(__name__ == '__main__')
