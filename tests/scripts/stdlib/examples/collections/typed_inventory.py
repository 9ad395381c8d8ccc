"""An inventory with dataclasses, Counter and OrderedDict, annotated the 3.10+ way."""
from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    name: str
    price: float
    tags: list[str] = field(default_factory=list)
    discount: float | None = None

    def final_price(self) -> float:
        return round(self.price * (1 - (self.discount or 0)), 2)


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)
    stock: Counter[str] = field(default_factory=Counter)

    def add(self, item: Item, qty: int = 1) -> Inventory:
        self.items[item.sku] = item
        self.stock[item.sku] += qty
        return self

    def remove(self, sku: str, qty: int = 1) -> None:
        if self.stock[sku] < qty:
            raise ValueError(f'only {self.stock[sku]} of {sku!r} left')
        self.stock[sku] -= qty

    def by_tag(self) -> dict[str, list[str]]:
        out: defaultdict[str, list[str]] = defaultdict(list)
        for item in self.items.values():
            for t in item.tags:
                out[t].append(item.name)
        return dict(sorted(out.items()))

    def value(self) -> float:
        return round(sum(self.items[s].final_price() * n for s, n in self.stock.items()), 2)


inv = Inventory()
inv.add(Item('A1', 'Widget', 2.50, ['tools', 'small']), 10)
inv.add(Item('B2', 'Gizmo', 12.00, ['electronics'], discount=0.25), 3)
inv.add(Item('C3', 'Doohickey', 7.25, ['tools']), 4).add(Item('A1', 'Widget', 2.50, ['tools', 'small']), 5)
print(inv.stock)
print(inv.by_tag())
print(f'total value: ${inv.value():,.2f}')
inv.remove('B2', 2)
try:
    inv.remove('B2', 5)
except ValueError as e:
    print('ValueError:', e)
ranking = OrderedDict(sorted(inv.stock.items(), key=lambda kv: kv[1], reverse=True))
for sku, n in ranking.items():
    print(f'{sku}: {n:>3} x {inv.items[sku].name:<10} @ {inv.items[sku].final_price():>6.2f}')
print(inv.items['B2'])
