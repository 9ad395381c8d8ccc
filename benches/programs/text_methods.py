# bench: string methods: parse a synthetic log with split, strip, replace, find, startswith, lower, partition
import sys

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/api/users", "/api/orders", "/static/app.js", "/health", "/api/users/42/edit"]


def make_log(n):
    lines = []
    for i in range(n):
        level = LEVELS[i % 4]
        path = PATHS[(i * 7) % 5]
        lines.append("  2024-01-%02d 12:%02d:%02d [%s] GET %s?id=%d status=%d  \n"
                     % (i % 28 + 1, i % 60, (i * 13) % 60, level, path, i, 200 + (i % 5) * 100))
    return "".join(lines)


def analyse(text):
    counts = {}
    bytes_by_prefix = {}
    errors = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        date, time, rest = line.split(" ", 2)
        level = rest[1:rest.find("]")]
        method, target, status = rest[rest.find("]") + 2:].split(" ")
        path, _, query = target.partition("?")
        if path.startswith("/api/"):
            key = path.replace("/api/", "api:").lower()
        elif path.endswith(".js"):
            key = "static"
        else:
            key = path.upper()
        counts[key] = counts.get(key, 0) + 1
        code = int(status[status.find("=") + 1:])
        if level == "ERROR" or code >= 500:
            errors += 1
        day = date.rsplit("-", 1)[-1]
        bytes_by_prefix[day] = bytes_by_prefix.get(day, 0) + len(query) + time.count(":")
    return counts, errors, sum(bytes_by_prefix.values())


def main(n):
    text = make_log(n)
    counts, errors, b = analyse(text)
    title = " ".join(w.capitalize() for w in "the quick brown fox".split())
    print("checksum:", sorted(counts.items()), errors, b, title, text.count("ERROR"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
