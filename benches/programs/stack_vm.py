# bench: a small interpreter: a regex-free tokenizer, a recursive-descent compiler to stack code, and a dispatch loop
import sys

SOURCE = """
let a = 0;
let b = 1;
let i = 0;
let s = 0;
while (i < LIMIT) {
    let t = a + b;
    a = b;
    b = t % 1000003;
    if (b % 3 == 0) { s = s + b; } else { s = s - 1; }
    i = i + 1;
}
print s;
print a * 2 - b;
"""


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            tokens.append(("kw" if word in ("let", "while", "if", "else", "print") else "id", word))
            i = j
        elif text.startswith("==", i) or text.startswith("<=", i):
            tokens.append(("op", text[i:i + 2]))
            i += 2
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("eof", None))
    return tokens


class Compiler:
    PREC = {"==": 1, "<": 2, "<=": 2, "+": 3, "-": 3, "*": 4, "%": 4}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.code = []

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.next()
        if v != value:
            raise SyntaxError("expected %r, got %r" % (value, v))

    def emit(self, *ins):
        self.code.append(ins)
        return len(self.code) - 1

    def program(self):
        while self.peek()[0] != "eof":
            self.statement()
        self.emit("halt")
        return self.code

    def block(self):
        self.expect("{")
        while self.peek()[1] != "}":
            self.statement()
        self.expect("}")

    def statement(self):
        kind, v = self.peek()
        if v == "let":
            self.next()
            name = self.next()[1]
            self.expect("=")
            self.expression(0)
            self.emit("store", name)
            self.expect(";")
        elif v == "print":
            self.next()
            self.expression(0)
            self.emit("print")
            self.expect(";")
        elif v == "while":
            self.next()
            top = len(self.code)
            self.expect("(")
            self.expression(0)
            self.expect(")")
            jump = self.emit("jfalse", None)
            self.block()
            self.emit("jump", top)
            self.code[jump] = ("jfalse", len(self.code))
        elif v == "if":
            self.next()
            self.expect("(")
            self.expression(0)
            self.expect(")")
            jump = self.emit("jfalse", None)
            self.block()
            if self.peek()[1] == "else":
                self.next()
                skip = self.emit("jump", None)
                self.code[jump] = ("jfalse", len(self.code))
                self.block()
                self.code[skip] = ("jump", len(self.code))
            else:
                self.code[jump] = ("jfalse", len(self.code))
        else:
            name = self.next()[1]
            self.expect("=")
            self.expression(0)
            self.emit("store", name)
            self.expect(";")

    def expression(self, min_prec):
        self.atom()
        while True:
            kind, op = self.peek()
            prec = self.PREC.get(op) if kind == "op" else None
            if prec is None or prec <= min_prec:
                return
            self.next()
            self.expression(prec)
            self.emit("binop", op)

    def atom(self):
        kind, v = self.next()
        if kind == "num":
            self.emit("push", v)
        elif kind == "id":
            self.emit("load", v)
        elif v == "(":
            self.expression(0)
            self.expect(")")
        else:
            raise SyntaxError("unexpected %r" % (v,))


def run(code, limit):
    env = {"LIMIT": limit}
    stack = []
    out = []
    pc = 0
    while True:
        ins = code[pc]
        pc += 1
        op = ins[0]
        if op == "push":
            stack.append(ins[1])
        elif op == "load":
            stack.append(env[ins[1]])
        elif op == "store":
            env[ins[1]] = stack.pop()
        elif op == "binop":
            b = stack.pop()
            a = stack.pop()
            o = ins[1]
            if o == "+":
                stack.append(a + b)
            elif o == "-":
                stack.append(a - b)
            elif o == "*":
                stack.append(a * b)
            elif o == "%":
                stack.append(a % b)
            elif o == "<":
                stack.append(a < b)
            elif o == "<=":
                stack.append(a <= b)
            else:
                stack.append(a == b)
        elif op == "jfalse":
            if not stack.pop():
                pc = ins[1]
        elif op == "jump":
            pc = ins[1]
        elif op == "print":
            out.append(stack.pop())
        else:
            return out


def main(limit):
    total = 0
    for rep in range(200):
        code = Compiler(tokenize(SOURCE)).program()
        total += len(code)
    print("checksum:", run(code, limit), total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
