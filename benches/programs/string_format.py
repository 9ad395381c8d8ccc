# bench: string building: join, f-strings with format specs, % formatting and str.format into reports
import sys


def row_fstring(i, name, price, qty):
    return f"{i:05d} | {name:<12} | {price:>9.2f} | {qty:4d} | {price * qty:,.2f}"


def row_percent(i, name, price, qty):
    return "%05d | %-12s | %9.2f | %4d | %x" % (i, name, price, qty, i * qty)


def row_format(i, name, price, qty):
    return "{0:05d} | {1:>12} | {2:9.3f} | {3!r} | {4:^8}".format(i, name, price, qty, name[:3])


NAMES = ["apple", "banana", "cherry", "damson", "elderberry", "fig", "grape", "huckleberry"]


def main(n):
    total = 0
    digest = 0
    for block in range(n // 100):
        lines = []
        for j in range(100):
            i = block * 100 + j
            name = NAMES[i % len(NAMES)]
            price = (i * 37 % 1000) / 7.0
            qty = i % 13
            if i % 3 == 0:
                lines.append(row_fstring(i, name, price, qty))
            elif i % 3 == 1:
                lines.append(row_percent(i, name, price, qty))
            else:
                lines.append(row_format(i, name, price, qty))
        page = "\n".join(lines)
        header = "page %d: %s lines, %s chars" % (block, len(lines), len(page))
        out = header + "\n" + page
        total += len(out)
        digest = (digest * 31 + sum(map(ord, out[-40:]))) % 1000000007
    print(f"checksum: {total} {digest}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 220000)
