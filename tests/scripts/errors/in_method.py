# expect-full-stderr
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []
    def last(self):
        return self.history[-1]
    def report(self):
        return self.owner + ': ' + str(self.last())
acct = Account('ann')
print(acct.owner)
print(acct.report())
