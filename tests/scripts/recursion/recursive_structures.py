class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.val:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node
def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.val
        yield from inorder(node.right)
def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(list(inorder(root)), height(root))
def to_str(node):
    if node is None:
        return '.'
    return '(' + to_str(node.left) + ' ' + str(node.val) + ' ' + to_str(node.right) + ')'
print(to_str(root))
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
print(nested_sum([1, [2, 3, [4, [5]]], 6]))
chain = None
for i in range(300):
    chain = Node(i, chain)
print(height(chain))
class Expr:
    pass
class Num(Expr):
    def __init__(self, v): self.v = v
    def ev(self): return self.v
class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def ev(self): return self.a.ev() + self.b.ev()
class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def ev(self): return self.a.ev() * self.b.ev()
print(Add(Num(2), Mul(Num(3), Add(Num(4), Num(5)))).ev())
