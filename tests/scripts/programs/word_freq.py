text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip('.,;:!?').lower()
    if w:
        words.append(w)
print('total words:', len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print('distinct:', len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print('%-8s %2d %s' % (w, n, '*' * n))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
print(max(freq, key=lambda w: (len(w), w)))
line_counts = [len(line.split()) for line in text.splitlines()]
print(line_counts)
