# Instances of list, dict and set subclasses compare by their contents,
# with each other and with plain containers, as in CPython.
class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class F:
    def __eq__(self, other):
        return isinstance(other, F)


print(L([1]) == L([1]), L([1]) == [1], [1] == L([1]), L([1]) != [1], L() == [], L([1, 2]) == L([1]))
print(L([1]) < L([2]), L([1, 2]) > [1], [0] <= L([0]), L([F()]) == L([F()]), L([F()]) == [F()])
print(D(a=1) == D(a=1), D(a=1) == {"a": 1}, {"a": 1} == D(a=1), D(a=1) != D(a=2), D() == {})
print(S([1]) == S([1]), S([1]) == {1}, {1} == S([1]), S([1]) <= {1, 2}, S([1, 2]) > S([1]), S() != set())
print({"x": L([F()])} == {"x": L([F()])}, [L([1])] == [[1]], (D(a=L()),) == ({"a": []},))
