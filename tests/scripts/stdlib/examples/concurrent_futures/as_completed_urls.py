"""The ThreadPoolExecutor docs example, with fake 'URLs' (no network)."""
import concurrent.futures
import time

URLS = ['http://www.foxnews.com/',
        'http://www.cnn.com/',
        'http://europe.wsj.com/',
        'http://www.bbc.co.uk/',
        'http://nonexistant-subdomain.python.org/']

PAGES = {u: 'x' * (len(u) * 100) for u in URLS[:-1]}


def load_url(url: str, timeout: float) -> str:
    time.sleep(0.001)
    if url not in PAGES:
        raise ConnectionError(f'cannot resolve {url}')
    return PAGES[url]


lines = []
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            lines.append('%r generated an exception: %s' % (url, exc))
        else:
            lines.append('%r page is %d bytes' % (url, len(data)))
for line in sorted(lines):
    print(line)
