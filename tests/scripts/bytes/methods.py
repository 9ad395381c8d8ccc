b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxaxx'.strip(b'x'), b'abc'.lstrip(b'ba'), b'abc'.rstrip(b'c'))
print(b'a,b,,c'.split(b','), b' a  b c '.split(), b'a b c '.split(None, 1), b' a b c '.split(None, 0), b' a b '.rsplit(None, 0), b'a,b,c'.split(b',', 1), b''.split(), b''.split(b','))
print(b'a,b,c'.rsplit(b',', 1), b' a b  c '.rsplit(None, 1), b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\n'.splitlines(True))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), bytearray(b', ').join([b'x', b'y']))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'))
print(b'hello'.startswith(b'he'), b'hello'.startswith((b'x', b'h')), b'hello'.endswith(b'lo'), b'hello'.startswith(b'l', 2), b'hello'.endswith(b'l', 0, 4))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.find(b'z'), b'hello'.find(108), b'hello'.find(b'l', 3), b'hello'.index(b'e'), b'hello'.rindex(b'l'))
print(b'hello'.count(b'l'), b'hello'.count(108), b'aaaa'.count(b'aa'), b'abc'.count(b''))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'Hello'.upper(), b'Hello'.lower(), b'Hello'.swapcase(), b'hello world'.capitalize(), b'hello world'.title())
print(b'123'.isdigit(), b'12a'.isdigit(), b''.isdigit(), b'abc'.isalpha(), b'ab1'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace())
print(b'ABC'.isupper(), b'abc'.islower(), b'aB'.islower(), b'\x80'.isascii(), b'abc'.isascii())
print(b'ab'.center(6, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'42'.zfill(5), b'-42'.zfill(6), b'abc'.center(2))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), bytearray(b'hi').decode())
print(b'abc'.upper().lower(), type(bytearray(b'a').upper()).__name__, bytearray(b' x ').strip())
for bad in [lambda: b'hello'.index(b'z'), lambda: b'a'.split(b''), lambda: b'a'.join(['x']), lambda: b'a'.find('a'),
            lambda: b'a'.startswith('a'), lambda: b'a'.strip('a'), lambda: b'a'.replace('a', 'b'), lambda: b'a'.count(999)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
