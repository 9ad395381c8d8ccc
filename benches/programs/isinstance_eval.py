# bench: isinstance dispatch: an expression tree of node classes evaluated, simplified and printed by type tests
import sys


class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        return env[node.name]
    if isinstance(node, Neg):
        return -evaluate(node.operand, env)
    if isinstance(node, BinOp):
        a = evaluate(node.left, env)
        b = evaluate(node.right, env)
        if node.op == "+":
            return a + b
        if node.op == "-":
            return a - b
        if node.op == "*":
            return a * b
        return a // b if b else 0
    raise TypeError("unknown node")


def simplify(node):
    if isinstance(node, BinOp):
        left = simplify(node.left)
        right = simplify(node.right)
        if isinstance(left, Num) and isinstance(right, Num):
            return Num(evaluate(BinOp(node.op, left, right), {}))
        if node.op == "*" and isinstance(right, Num) and right.value == 1:
            return left
        if node.op == "+" and isinstance(left, Num) and left.value == 0:
            return right
        return BinOp(node.op, left, right)
    if isinstance(node, Neg):
        inner = simplify(node.operand)
        if isinstance(inner, Neg):
            return inner.operand
        return Neg(inner)
    return node


def show(node):
    if isinstance(node, (Num, Var)):
        return str(node.value) if isinstance(node, Num) else node.name
    if isinstance(node, Neg):
        return "-" + show(node.operand)
    return "(" + show(node.left) + " " + node.op + " " + show(node.right) + ")"


def build(depth, seed):
    if depth == 0:
        if seed % 3 == 0:
            return Var("xyz"[seed % 3 if seed % 2 else 1])
        return Num(seed % 10)
    if seed % 7 == 0:
        return Neg(build(depth - 1, seed // 7 + 1))
    op = "+-*/"[seed % 4]
    return BinOp(op, build(depth - 1, seed * 3 + 1), build(depth - 1, seed * 5 + 2))


def main(n):
    checksum = 0
    env = {"x": 3, "y": -2, "z": 5}
    length = 0
    for i in range(n):
        tree = build(7, i + 11)
        s = simplify(tree)
        checksum += evaluate(tree, env) - evaluate(s, env)
        checksum += evaluate(s, env) % 1000
        length += len(show(s))
    print("checksum:", checksum, length)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
