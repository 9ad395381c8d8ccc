tests = ['abc', 'ABC', 'abc123', '123', '', '   ', 'a b', '\t\n', '12.5', 'Abc', '_id', 'x1', '1x', 'é']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print('Hello'.isascii(), 'héllo'.isascii())
print('hello\t'.isprintable(), 'hello'.isprintable())
