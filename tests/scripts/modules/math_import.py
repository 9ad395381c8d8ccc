import math
from math import sqrt, pi as PI
import math as m
print(sqrt(81), PI == math.pi, m.floor(-1.5), m is math)
print(math.gcd(48, 180), math.fabs(-7), math.exp(2) > 7.38)
print(round(math.log(1000, 10), 9), math.log(math.e ** 2))
print(math.inf > 10 ** 300, math.isinf(-math.inf), math.isnan(float('nan')))
print(math.ceil(7 / 2), math.floor(7 / 2), math.sqrt(2) * math.sqrt(2) == 2)
