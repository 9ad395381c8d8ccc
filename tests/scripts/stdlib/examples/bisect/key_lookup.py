"""bisect with key= (3.10+) on records, and insort with key."""
import bisect
from dataclasses import dataclass
from operator import attrgetter


@dataclass
class Movie:
    name: str
    released: int
    director: str


movies = [
    Movie('Jaws', 1975, 'Spielberg'),
    Movie('Titanic', 1997, 'Cameron'),
    Movie('The Birds', 1963, 'Hitchcock'),
    Movie('Aliens', 1986, 'Cameron'),
]
by_year = attrgetter('released')
movies.sort(key=by_year)
print(movies[bisect.bisect_left(movies, 1960, key=by_year)])
print(movies[bisect.bisect(movies, 1980, key=by_year)].name)
bisect.insort(movies, Movie('Love Story', 1970, 'Hiller'), key=by_year)
for m in movies:
    print(f'{m.released} {m.name}')
print(bisect.bisect_right([1, 2, 2, 3], 2, lo=1, hi=3), bisect.bisect_left([1, 2, 2, 3], 2, 2))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print('ValueError:', e)
