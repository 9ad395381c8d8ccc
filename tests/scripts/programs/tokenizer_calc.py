def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif c in '+-*/()':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError('bad character %r at %d' % (c, i))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ('eof', None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (('op', '*'), ('op', '/')):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else v / r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if val == '-':
            return -self.factor()
        if val == '(':
            v = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError('unexpected %r' % (val,))
def calc(s):
    return Parser(tokenize(s)).expr()
for src in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '2 * (3 + 4) - -5', '1.5 * 4', '((7))', '2 - 3 - 4']:
    print(src, '=', calc(src))
print(tokenize('3+4.5*(2)'))
for bad in ['1 + ', '2 $ 3', '(1 + 2']:
    try:
        calc(bad)
    except SyntaxError as e:
        print('error in %r: %s' % (bad, e))
    except ZeroDivisionError as e:
        print('zero', e)
try:
    calc('1 / 0')
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
