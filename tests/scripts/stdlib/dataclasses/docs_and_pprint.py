# dataclasses: the generated __doc__ (the signature), nested reprs, pprint of dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, Dict
import pprint


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    parent: Optional['Item'] = None
    note: 'str' = ''


@dataclass
class WithDoc:
    """Hand-written."""
    a: int


@dataclass
class Special:
    a: Dict[str, int]
    b: InitVar[int] = 0
    _: KW_ONLY
    c: float = 1.5


print(Item.__doc__)
print(WithDoc.__doc__)
print(Special.__doc__)
root = Item('root', tags=['a', 'b'])
child = Item('child', 3, parent=root)
print(child)
pprint.pprint(child)
pprint.pprint([child, root], width=60)
pprint.pprint({'items': [Item('x' * 20, i, ['t'] * i) for i in range(4)]}, width=50)


class DocumentedBase:
    """Documented base."""


@dataclass
class FromDocumented(DocumentedBase):
    x: int


print(FromDocumented.__doc__)
