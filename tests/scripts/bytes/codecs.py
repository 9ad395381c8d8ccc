print('héllo'.encode(), 'héllo'.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('latin1'))
print('é'.encode('iso-8859-1'), 'x'.encode('UTF8'), 'x'.encode('utf_8'), '€'.encode(), '😀'.encode())
print('héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'), '€x'.encode('latin-1', errors='replace'))
print(b'h\xc3\xa9'.decode('utf-8'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'\xe9'.decode('ascii', 'replace'))
print(b'\xe2\x82'.decode('utf-8', 'replace'), b'\xf0\x9f\x98\x80'.decode())
print(len('😀'.encode()), '😀'.encode().decode() == '😀')
for bad in [lambda: 'é'.encode('ascii'), lambda: 'héé!'.encode('ascii'), lambda: '€'.encode('latin-1'),
            lambda: '😀'.encode('ascii'), lambda: 'ab€€c'.encode('latin-1'), lambda: b'\xff'.decode(),
            lambda: b'a\xe2\x82'.decode(), lambda: b'\xe2'.decode(), lambda: b'\xe2\x28\xa1'.decode(),
            lambda: b'ab\x80'.decode('ascii'), lambda: 'x'.encode('bogus'), lambda: b'x'.decode('bogus'),
            lambda: b'\x80'.decode('utf-8')]:
    try:
        print(bad())
    except UnicodeError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    except LookupError as e:
        print(type(e).__name__, e)
