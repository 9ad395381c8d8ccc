# word_count.py - count the words of a text with a dict, then sort them.
#
# Shows: str methods (lower, split, strip), dict.get with a default,
# sorted() with a key function, tuple unpacking in a for loop, slicing.

TEXT = """
The GIL is a lock. The lock lets one thread run Python code at a time.
A thread that waits for I/O lets go of the lock, so other threads can run.
A thread that only computes holds the lock until the interpreter asks it
to let go. That is why threads help I/O-bound code and not CPU-bound code.
"""


def words(text):
    """Return the words of text in lower case, without punctuation."""
    result = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()").lower()
        if word:
            result.append(word)
    return result


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def main():
    all_words = words(TEXT)
    counts = count(all_words)
    print("words:", len(all_words))
    print("distinct:", len(counts))

    # Most frequent first; ties in alphabetical order, so the output is stable.
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    print("top 8:")
    for word, n in ranked[:8]:
        print("  %-8s %d" % (word, n))

    # Words seen exactly once, longest first.
    once = [w for w, n in counts.items() if n == 1]
    once.sort(key=lambda w: (-len(w), w))
    print("longest words used once:", ", ".join(once[:5]))

    # Group words by their first letter.
    by_letter = {}
    for word in sorted(counts):
        by_letter.setdefault(word[0], []).append(word)
    for letter in "gilt":
        print(letter, "->", by_letter.get(letter, []))


main()
