print('single')
print("double")
print('it\'s')
print("say \"hi\"")
print('tab\there')
print('line1\nline2')
print('back\\slash')
print('\x41\x42\x43')
print('\u00e9\u4e2d')
print('\101\102')
print(r'raw\nstring\t')
print(R"C:\path\to")
print("""triple
quoted
string""")
print('''another
'one' "here"''')
print('adjacent' ' strings' " concat")
print(len('\n'), len(r'\n'))
print('')
print(repr(''))
print('a\
b')
