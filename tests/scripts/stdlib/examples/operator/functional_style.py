"""Functional style with operator: map/filter/reduce over records, accumulate with operator."""
import operator
from functools import reduce
from itertools import accumulate, starmap
from typing import List, NamedTuple


class Trade(NamedTuple):
    symbol: str
    qty: int
    price: float


trades: List[Trade] = [Trade('AAPL', 10, 150.0), Trade('MSFT', 5, 300.5), Trade('AAPL', -4, 155.25), Trade('GOOG', 2, 2800.0)]
values = list(starmap(operator.mul, map(operator.itemgetter(1, 2), trades)))
print(values)
print('net:', reduce(operator.add, values))
print(list(accumulate(map(operator.attrgetter('qty'), trades), operator.add)))
buys = list(filter(lambda t: operator.gt(t.qty, 0), trades))
print([t.symbol for t in buys])
by_value = sorted(trades, key=lambda t: operator.mul(t.qty, t.price), reverse=True)
print([f'{t.symbol}:{t.qty * t.price:,.2f}' for t in by_value])
print(max(trades, key=operator.attrgetter('price')).symbol)
get_sym_qty = operator.itemgetter(0, 1)
print(list(map(get_sym_qty, trades)))
print(list(map(operator.methodcaller('upper'), ['a', 'b'])), list(map(operator.neg, [1, -2])))
print(reduce(operator.mul, range(1, 11)), reduce(operator.concat, ['ab', 'cd', 'ef']))
