# expect-full-stderr
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__('need %d more' % needed)
        self.needed = needed
balance = 10
def withdraw(amount):
    global balance
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    balance -= amount
    return balance
print(withdraw(3))
print(withdraw(100))
