"""asctime with a fixed clock: Formatter.converter = time.gmtime and made-up records."""
import logging
import time


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


fmt = UTCFormatter('%(asctime)s %(levelname)-5s %(message)s')
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('world',), 'levelname': 'INFO',
                             'levelno': 20, 'created': 1700000000.25, 'msecs': 250.0})
print(fmt.format(rec))
fmt2 = UTCFormatter('[%(asctime)s] %(message)s', datefmt='%Y-%m-%d %H:%M:%S')
print(fmt2.format(rec))
fmt3 = UTCFormatter('%(asctime)s|%(message)s')
fmt3.default_time_format = '%H:%M:%S'
fmt3.default_msec_format = '%s.%03d'
print(fmt3.format(rec))
print(fmt.formatTime(rec, '%d/%m/%Y'))
print(fmt.usesTime(), logging.Formatter('%(message)s').usesTime())
r2 = logging.LogRecord('app', logging.ERROR, '/srv/app/main.py', 42, 'failed: %r', ({'k': 1},), None, func='handler')
print(r2.pathname, r2.filename, r2.module, r2.funcName, r2.lineno, r2.getMessage())
print(logging.Formatter('%(filename)s:%(lineno)d %(funcName)s %(levelname)s %(message)s').format(r2))
