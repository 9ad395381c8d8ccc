# expect-full-stderr
"""Cookbook: logging to multiple destinations with different levels and formats."""
import logging
import sys

logger = logging.getLogger('simple_example')
logger.setLevel(logging.DEBUG)

console = logging.StreamHandler()
console.setLevel(logging.ERROR)
console.setFormatter(logging.Formatter('%(name)-12s: %(levelname)-8s %(message)s'))

out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.DEBUG)
out.setFormatter(logging.Formatter('[%(levelname)s] %(funcName)s:%(lineno)d %(message)s'))

logger.addHandler(console)
logger.addHandler(out)


def do_work() -> None:
    logger.debug('debug message')
    logger.info('info message')
    logger.warning('warn message')
    logger.error('error message')
    logger.critical('critical message')


do_work()
print('handlers:', [type(h).__name__ for h in logger.handlers])
logger.removeHandler(console)
logger.error('only to stdout now')
print(repr(out.level), out.formatter._fmt)
