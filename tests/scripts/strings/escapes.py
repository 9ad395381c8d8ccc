print('a\tb')
print('a\\tb')
print(r'a\tb')
print('quote: \' and \"')
print('bell\a'.replace('\a', '<BEL>'))
print(len('\x00'), ord('\x7f'), ord('\177'), ord('\0'))
print('\u0041\U00000042')
print(repr('\r\n'), repr('\f\v\b'))
print(r'\d+\s*' + '\\d')
print(r'back\\two')
print("""multi
  line with 'quotes' and "doubles"
end""")
s = '''first\
 continued'''
print(s)
print(rb'\x' if False else r'\x00')
print('{}'.format('\\n'))
