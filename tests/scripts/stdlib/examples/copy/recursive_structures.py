"""deepcopy of self-referencing lists/dicts and objects sharing children."""
import copy
from typing import List, Optional


class Node:
    def __init__(self, value: int, children: Optional[List['Node']] = None) -> None:
        self.value = value
        self.children = children or []
        self.parent: Optional['Node'] = None

    def add(self, child: 'Node') -> 'Node':
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self) -> str:
        return f'Node({self.value}, {self.children})'


root = Node(1)
kid = root.add(Node(2))
kid.add(Node(3))
clone = copy.deepcopy(root)
clone.children[0].value = 20
print(root)
print(clone)
print(clone.children[0].parent is clone, clone.children[0].parent is root)

lst = [1, 2]
lst.append(lst)
d = copy.deepcopy(lst)
print(d[2] is d, d is lst, d)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
memo = {}
copy.deepcopy([shared], memo)
print(len(memo) >= 2)
dd = {'self': None}
dd['self'] = dd
print(copy.deepcopy(dd))
