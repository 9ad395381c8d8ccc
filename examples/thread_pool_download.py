# A pool of threads "downloads" pages (each waits, as for the network) with
# concurrent.futures. as_completed hands back each future as it finishes;
# results are kept by URL so the report comes out in a fixed order.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

URLS = ["https://example.com/page/%d" % n for n in range(1, 9)] + ["https://example.com/missing"]


def download(url):
    time.sleep(0.2)  # stands for waiting on the network
    if url.endswith("missing"):
        raise LookupError("404 Not Found: " + url)
    return "<html>%s</html>" % url.rsplit("/", 1)[1] * 3


start = time.perf_counter()
sizes = {}
errors = {}
with ThreadPoolExecutor(max_workers=5) as pool:
    future_to_url = {pool.submit(download, url): url for url in URLS}
    for future in as_completed(future_to_url):
        url = future_to_url[future]
        try:
            sizes[url] = len(future.result())
        except LookupError as exc:
            errors[url] = exc
elapsed = time.perf_counter() - start

for url in URLS:
    if url in sizes:
        print("%-30s %4d bytes" % (url, sizes[url]))
    else:
        print("%-30s failed: %s" % (url, errors[url]))
print("downloaded %d of %d pages" % (len(sizes), len(URLS)))
# Nine waits of 0.2 s, five at a time: two rounds, not nine.
print("two rounds, not nine:", elapsed < 1.2)

# map() keeps the order of its inputs.
with ThreadPoolExecutor(max_workers=3) as pool:
    lengths = list(pool.map(lambda u: len(download(u)), URLS[:4]))
print("map, in order:", lengths)
