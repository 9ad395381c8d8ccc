import sys
print('before exit')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('caught SystemExit', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('caught SystemExit', e.code)
def cleanup():
    try:
        sys.exit(0)
    finally:
        print('finally runs on exit')
cleanup()
print('not printed')
