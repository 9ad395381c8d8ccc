# bench: sorting with key= lambdas and tuples, reverse=True, stable multi-pass sorts, sorted on dict items
import sys


def make_records(n):
    recs = []
    s = 99
    for i in range(n):
        s = (s * 1664525 + 1013904223) % 4294967296
        recs.append({"id": i, "dept": "d%d" % (s % 13), "age": 20 + s % 45,
                     "salary": (s >> 8) % 100000, "name": "n%05d" % ((s >> 4) % 50000)})
    return recs


def main(n, reps):
    recs = make_records(n)
    checksum = 0
    for r in range(reps):
        a = sorted(recs, key=lambda x: (x["dept"], -x["salary"], x["id"]))
        b = sorted(recs, key=lambda x: x["name"], reverse=True)
        c = sorted(recs, key=lambda x: x["age"])
        c.sort(key=lambda x: x["dept"])
        tuples = [(x["age"], x["salary"], x["id"]) for x in recs]
        tuples.sort()
        checksum += a[r]["id"] + b[r]["id"] + c[r]["id"] + tuples[r][2]
    depts = {}
    for x in recs:
        depts[x["dept"]] = depts.get(x["dept"], 0) + x["salary"]
    ranked = sorted(depts.items(), key=lambda kv: kv[1], reverse=True)
    print("checksum:", checksum, ranked[0], ranked[-1], min(recs, key=lambda x: (x["age"], x["name"]))["id"])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000, 6)
