# Seeded random patterns built from regex pieces, each run on a few texts:
# the engine must give CPython's answers (or its error) and never crash.
import random
import re

random.seed(2026)
ATOMS = ["a", "b", "ab", ".", "[ab]", "[^a]", r"\w", r"\d", r"\s", r"\b", "^", "$", "x", "(a)", "(b|a)",
         "(?:ab|a)", "(?=a)", "(?!b)", "(?<=a)", "(a*)", r"\1", "(?i:A)", "[a-c]", "", "(?>a|ab)", "(?P<n>b)"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "*+", "++", "{0,1}?"]
TEXTS = ["", "a", "ab", "aab", "abab", "ba a", "aaab b", "b1 a2\nab", "xaxbx"]

def piece(depth):
    if depth > 0 and random.random() < 0.3:
        inner = "".join(piece(depth - 1) for _ in range(random.randint(1, 3)))
        if random.random() < 0.3:
            inner += "|" + piece(depth - 1)
        return "(" + random.choice(["", "?:", "?>"]) + inner + ")" + random.choice(QUANTS)
    return random.choice(ATOMS) + random.choice(QUANTS)

for n in range(300):
    pattern = "".join(piece(2) for _ in range(random.randint(1, 4)))
    try:
        compiled = re.compile(pattern)
    except re.error as e:
        print(n, repr(pattern), "error:", e)
        continue
    results = []
    for text in TEXTS:
        m = compiled.search(text)
        results.append(m.span() if m else None)
        results.append(compiled.findall(text))
    print(n, repr(pattern), results)
    print(n, compiled.sub("<\\g<0>>", "ab aab"), compiled.split("abab a"))
