# bench: dict-of-lists bookkeeping: grouping with setdefault, tallies with get, nested dict updates, pops
import sys


def main(n):
    by_customer = {}
    totals = {}
    by_day = {}
    refunds = {}
    state = 7
    for i in range(n):
        state = (state * 69069 + 1) % 4294967296
        customer = "c%d" % (state % 997)
        day = (state >> 10) % 30
        amount = (state >> 16) % 500
        by_customer.setdefault(customer, []).append(amount)
        totals[customer] = totals.get(customer, 0) + amount
        day_map = by_day.setdefault(day, {})
        day_map[customer] = day_map.get(customer, 0) + 1
        if amount % 97 == 0:
            refunds[customer] = refunds.get(customer, 0) + 1
            if customer in by_customer and by_customer[customer]:
                by_customer[customer].pop()
    top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    busiest = max(by_day, key=lambda d: len(by_day[d]))
    longest = max(len(v) for v in by_customer.values())
    for c in list(refunds):
        if refunds[c] > 3:
            del refunds[c]
    print("checksum:", top, busiest, longest, len(refunds), sum(len(v) for v in by_customer.values()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
