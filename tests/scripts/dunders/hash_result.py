# A user __hash__ result is used as it is when it fits a machine word
# (-1 becomes -2); a bigger int is reduced the way hash(int) reduces it.
class W:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [0, 5, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**63, 10**30, -10**30, True,
          hash((1, 2)), 12345678901234567]:
    print(h, hash(W(h)))
print(hash(W(hash((1, 2, 0)))) == hash((1, 2, 0)))
