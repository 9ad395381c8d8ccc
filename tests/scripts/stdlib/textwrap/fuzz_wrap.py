# textwrap.wrap/fill on many generated paragraphs (hyphens, em-dashes, tabs,
# long words, punctuation), under many option combinations
import textwrap

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


PIECES = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'a', 'I',
          'well-known', 'state-of-the-art', 'e-mail', 'x-y', 'ab-cd-ef', '--', 'word--word',
          'Hello,', 'world.', 'end!', 'why?', '"quoted"', "it's", '-leading', 'trailing-',
          'supercalifragilisticexpialidocious', 'pneumono-ultra-microscopic-silicovolcano',
          '12-34', 'v1.2-beta', 'a-b', 'foo_bar-baz', '---', 'x--', '--y', 'émigré-naïve',
          'C++', '3.14', 'Mr.', 'etc.', '\t', 'tab\there', 'line\nbreak', '  ', 'A-B-C-D',
          'aa-b', 'a-bb', 'ab-c-d', 'long-hyphenated-compound-word-that-goes-on-and-on']


def paragraph():
    words = []
    for _ in range(5 + rand(40)):
        words.append(PIECES[rand(len(PIECES))])
    sep = [' ', ' ', ' ', '  ', '\t', ' \n '][rand(6)]
    return sep.join(words)


OPTIONS = [
    {},
    {'width': 20},
    {'width': 10, 'break_on_hyphens': False},
    {'width': 15, 'break_long_words': False},
    {'width': 12, 'initial_indent': '* ', 'subsequent_indent': '  '},
    {'width': 30, 'expand_tabs': False},
    {'width': 25, 'replace_whitespace': False},
    {'width': 18, 'drop_whitespace': False},
    {'width': 40, 'fix_sentence_endings': True},
    {'width': 30, 'max_lines': 2},
    {'width': 22, 'max_lines': 3, 'placeholder': ' ...'},
    {'width': 8, 'tabsize': 4},
    {'width': 5},
    {'width': 1},
    {'width': 16, 'break_long_words': False, 'break_on_hyphens': False},
    {'width': 35, 'max_lines': 1, 'initial_indent': '>> '},
]

for i in range(60):
    text = paragraph()
    opts = OPTIONS[i % len(OPTIONS)]
    print('#', i, opts)
    try:
        print(textwrap.wrap(text, **opts))
    except ValueError as e:
        print('ValueError', e)
