# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper attributes and errors
import textwrap

TEXT = ("The textwrap module provides some convenience functions, as well as "
        "TextWrapper, the class that does all the work. If you're just wrapping "
        "or filling one or two text strings, the convenience functions should be "
        "good enough; otherwise, you should use an instance of TextWrapper for "
        "efficiency. Self-explanatory, well-known, state-of-the-art words--and "
        "em-dashes--are split with care.\tTabs\tare\texpanded.")

print(textwrap.fill(TEXT))
print(textwrap.fill(TEXT, width=40))
print(textwrap.fill(TEXT, 33, initial_indent='    ', subsequent_indent='  | '))
for w in (1, 2, 3, 7, 11, 79):
    print(w, textwrap.wrap(TEXT[:120], w))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('\n\n', 3))
print(textwrap.wrap('   leading spaces kept?', 10))
print(textwrap.wrap('   leading spaces kept?', 10, drop_whitespace=False))
print(textwrap.wrap('a\tb\tc', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('a\tb\tc', 20, tabsize=3))
print(textwrap.wrap('This is a sentence.  And another. short', 12, fix_sentence_endings=True))
print(textwrap.fill('End. Mr. Smith went. "Quoted." Done!', 80, fix_sentence_endings=True))

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(TEXT, 50))
print(textwrap.shorten(TEXT, 60, placeholder=' (more)'))
print(textwrap.wrap(TEXT, 30, max_lines=3))
print(textwrap.wrap(TEXT, 30, max_lines=3, placeholder='~'))
print(textwrap.wrap('short text', 30, max_lines=1))
print(textwrap.wrap('aaaaaaaaaa bbbbbbbbbb', 10, max_lines=1, placeholder=' [...]'))

for kwargs in ({'width': 0}, {'width': -1}, {'width': 4, 'max_lines': 1},
               {'width': 5, 'max_lines': 2, 'subsequent_indent': '   '}):
    try:
        textwrap.wrap('some text here', **kwargs)
    except ValueError as e:
        print('ValueError', e)

w = textwrap.TextWrapper(width=25, break_long_words=False)
print(w.width, w.initial_indent == '', w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace,
      w.break_on_hyphens, w.tabsize, w.max_lines, w.placeholder)
print(w.wrap('Averyveryveryverylongwordthatcannotbebroken and more'))
w.width = 10
w.break_long_words = True
print(w.fill('Averyveryveryverylongwordthatcanbebroken-at-hyphens and more'))
w.break_on_hyphens = False
print(w.fill('Averyveryveryverylongwordthatcanbebroken-at-hyphens and more'))

print(repr(textwrap.dedent('''\
    def f():
        return 1

    print(f())
''')))
print(repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('    a\n  \n      b\n    \n')))
print(repr(textwrap.dedent('\t\ta\n\t b\n')))
print(repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.dedent('  \n  x\r\n  y')))
print(repr(textwrap.dedent('')))

print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\r\n \r\nb', '+')))
print(repr(textwrap.indent('a\nb\n\n', '# ', lambda line: True)))
print(repr(textwrap.indent('one\ntwo\nthree', '-', lambda line: 'o' in line)))
