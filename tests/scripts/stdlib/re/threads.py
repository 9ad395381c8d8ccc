# Many threads share one compiled pattern and the compile cache; each checks
# its own results against values computed beforehand.
import re
import threading

WORD = re.compile(r"(?P<word>[a-z]+)(?P<num>\d+)")
texts = ["t%d " % i + " ".join("w%s%d" % ("abc"[j % 3] * (j % 4 + 1), j) for j in range(200)) for i in range(8)]
expected = [WORD.findall(t) for t in texts]
expected_sub = [WORD.sub(r"\g<num>\g<word>", t) for t in texts]
results = [None] * 8
errors = []
barrier = threading.Barrier(8)

def work(i):
    barrier.wait()
    ok = True
    for round_ in range(30):
        if WORD.findall(texts[i]) != expected[i]:
            ok = False
        if WORD.sub(r"\g<num>\g<word>", texts[i]) != expected_sub[i]:
            ok = False
        m = WORD.search(texts[i], 3)
        if m is None or m.group("num") != "0":
            ok = False
        # The module-level cache, hit from every thread at once.
        if re.findall(r"w(a+)%d\b" % (round_ % 10), texts[i]) != re.compile(r"w(a+)%d\b" % (round_ % 10)).findall(texts[i]):
            ok = False
        if len(re.split(r"\s+", texts[i])) != 201:
            ok = False
    results[i] = ok

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(len(expected[0]), expected[0][:3], expected_sub[0][:30])
