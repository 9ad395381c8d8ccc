# OSError(errno, strerror[, filename[, winerror[, filename2]]]): its fields, its
# str(), and the subclass OSError() picks by errno; errors open() raises.
ERRNO = {'ENOENT': 2, 'EEXIST': 17, 'EACCES': 13, 'EPERM': 1, 'EISDIR': 21, 'ENOTDIR': 20, 'EINTR': 4, 'ECHILD': 10, 'EAGAIN': 11, 'EALREADY': 114, 'EWOULDBLOCK': 11, 'EINPROGRESS': 115, 'EPIPE': 32, 'ESHUTDOWN': 108, 'ECONNABORTED': 103, 'ECONNREFUSED': 111, 'ECONNRESET': 104, 'ETIMEDOUT': 110, 'ESRCH': 3, 'EINVAL': 22}  # Linux's numbers


def show(e):
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, '|', str(e), '|', repr(e))


show(OSError(2, 'No such file or directory'))
show(OSError(2, 'No such file or directory', 'x'))
show(OSError(2, 'No such file or directory', 'x', None, 'y'))
show(OSError('just a message'))
show(OSError())
show(OSError(1, 2, 3, 4, 5, 6))
show(OSError(99999, 'odd'))
show(FileNotFoundError(17, 'explicit class keeps its class'))
show(OSError(ERRNO['EEXIST'], 'exists', b'bytes-name'))
show(IOError(5, 'io'))
show(EnvironmentError(13, 'env'))

for code, n in ERRNO.items():
    e = OSError(n, 'text')
    print(code, n, type(e).__name__, isinstance(e, OSError), [c.__name__ for c in type(e).__mro__])

print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))

try:
    raise OSError(2, 'gone', 'f.txt')
except FileNotFoundError as e:
    print('caught as FileNotFoundError:', e)

e = OSError(2, 'x')
e.errno = 5
e.filename = 'later'
print(e.errno, e.filename, str(e))

try:
    open('/nonexistent-dir/nonexistent-file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
try:
    open('.')
except IsADirectoryError as e:
    print(e.errno, e.strerror, e.filename, e.args, str(e))
