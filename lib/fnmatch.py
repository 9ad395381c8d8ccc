"""`fnmatch`: Unix shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`):
`fnmatch`, `fnmatchcase`, `filter`, as CPython 3.11.

gilpy has no `re`, so a pattern is compiled into a list of tokens and
matched by a backtracking loop that remembers only the last `*` (enough,
since a later `*` can absorb whatever an earlier one would have); compiled
patterns are cached. No `translate` (it returns a regular expression)."""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase"]

_cache = {}
_CACHE_MAX = 32768


def _compile(pat):
    """Tokens of a pattern: ('c', char), ('?',), ('*',) or ('[', negate, ranges)."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] != ("*",):
                tokens.append(("*",))
        elif c == "?":
            tokens.append(("?",))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append(("c", "["))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body[:1] == "!"
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(("[", negate, tuple(ranges)))
        else:
            tokens.append(("c", c))
    return tokens


def _one(token, ch):
    kind = token[0]
    if kind == "c":
        return token[1] == ch
    if kind == "?":
        return True
    inside = any(low <= ch <= high for low, high in token[2])
    return inside != token[1]


def _match(tokens, name):
    t = s = 0
    star_t = star_s = -1
    while s < len(name):
        if t < len(tokens) and tokens[t][0] == "*":
            star_t, star_s = t, s
            t += 1
        elif t < len(tokens) and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < len(tokens) and tokens[t][0] == "*":
        t += 1
    return t == len(tokens)


def _tokens(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is None:
        text = pat.decode("latin-1") if isinstance(pat, bytes) else pat
        tokens = _compile(text)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = tokens
    return tokens


def fnmatchcase(name, pat):
    """True if name matches the shell-style pattern pat, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        raise TypeError("cannot use a %s pattern on a %s-like object" % (
            "bytes" if isinstance(pat, bytes) else "string", "bytes" if isinstance(name, bytes) else "string"))
    text = name.decode("latin-1") if isinstance(name, bytes) else name
    return _match(_tokens(pat), text)


def fnmatch(name, pat):
    """True if name matches the shell-style pattern pat, after os.path.normcase
    (which changes nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The members of names that match the shell-style pattern pat, as a list."""
    pat = os.path.normcase(pat)
    tokens = _tokens(pat)
    result = []
    for name in names:
        if _match(tokens, os.path.normcase(name)):
            result.append(name)
    return result
