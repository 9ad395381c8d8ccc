# expect-full-stderr
"""logger.exception and exc_info=True, stack-trace formatting to stderr."""
import logging

logging.basicConfig(format='%(levelname)s [%(name)s] %(message)s')
log = logging.getLogger('app')


def parse(value: str) -> int:
    return int(value)


for raw in ['10', 'ten']:
    try:
        print('parsed', parse(raw))
    except ValueError:
        log.exception('could not parse %r', raw)

try:
    {}['missing']
except KeyError as e:
    log.error('lookup failed: %s', e, exc_info=True)
log.warning('no traceback here', exc_info=False)
try:
    1 / 0
except ZeroDivisionError:
    log.critical('math is broken', exc_info=1)
