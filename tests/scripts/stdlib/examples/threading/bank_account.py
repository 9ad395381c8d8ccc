"""A bank account shared by threads: the race-condition tutorial, fixed with a Lock."""
from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import List, Optional


class InsufficientFunds(Exception):
    def __init__(self, needed: int, available: int) -> None:
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
        self.available = available


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: List[str] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def deposit(self, amount: int) -> None:
        with self._lock:
            self.balance += amount
            self.history.append(f'+{amount}')

    def withdraw(self, amount: int) -> None:
        with self._lock:
            if amount > self.balance:
                raise InsufficientFunds(amount, self.balance)
            self.balance -= amount
            self.history.append(f'-{amount}')


def transfer(src: Account, dst: Account, amount: int) -> Optional[str]:
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        return str(e)
    dst.deposit(amount)
    return None


alice = Account('alice', 1000)
bob = Account('bob', 500)
random.seed(3)
amounts = [random.randint(1, 50) for _ in range(40)]
errors: List[Optional[str]] = []


def run(chunk: List[int]) -> None:
    for a in chunk:
        errors.append(transfer(alice, bob, a))
        errors.append(transfer(bob, alice, a // 2))


threads = [threading.Thread(target=run, args=(amounts[i::4],)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(alice, bob)
print('total conserved:', alice.balance + bob.balance == 1500)
print('transactions:', len(alice.history) + len(bob.history), 'failures:', sum(e is not None for e in errors))
try:
    Account('carol').withdraw(10)
except InsufficientFunds as e:
    print(f'{type(e).__name__}: {e} (needed={e.needed})')
