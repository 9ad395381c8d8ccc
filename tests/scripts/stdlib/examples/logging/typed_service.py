"""A service class with a module-level logger, Optional fields and retries (3.10+ style hints)."""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

logger = logging.getLogger(__name__)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)-7s %(name)s.%(funcName)s: %(message)s'))
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)


@dataclass
class Response:
    status: int
    body: str | None = None


class Client:
    def __init__(self, base_url: str, retries: int = 3, log: logging.Logger | None = None) -> None:
        self.base_url = base_url.rstrip('/')
        self.retries = retries
        self.log = log or logger
        self._calls = 0

    def _fake_transport(self, path: str) -> Response:
        self._calls += 1
        if path == '/flaky' and self._calls < 3:
            return Response(503)
        if path == '/missing':
            return Response(404, 'not found')
        return Response(200, f'payload for {path}')

    def get(self, path: str) -> Response | None:
        for attempt in range(1, self.retries + 1):
            resp = self._fake_transport(path)
            if resp.status == 200:
                self.log.info('GET %s%s -> %d', self.base_url, path, resp.status)
                return resp
            if resp.status >= 500:
                self.log.warning('attempt %d/%d for %s failed with %d', attempt, self.retries, path, resp.status)
                continue
            self.log.error('GET %s -> %d (%s)', path, resp.status, resp.body)
            return None
        self.log.critical('giving up on %s', path)
        return None


c = Client('https://api.example.com/')
print(c.get('/users'))
c._calls = 0
print(c.get('/flaky'))
print(c.get('/missing'))
c2 = Client('http://x', retries=1, log=logging.getLogger('custom'))
logging.getLogger('custom').addHandler(handler)
c2._calls = -10
print(c2.get('/flaky'))
