"""Custom Formatter subclass (colors stripped), style='{' and '$', levels, custom level names."""
import logging
import sys


class LevelTagFormatter(logging.Formatter):
    TAGS = {
        logging.DEBUG: 'DBG',
        logging.INFO: 'INF',
        logging.WARNING: 'WRN',
        logging.ERROR: 'ERR',
        logging.CRITICAL: 'CRT',
    }

    def format(self, record: logging.LogRecord) -> str:
        record.tag = self.TAGS.get(record.levelno, '???')
        return super().format(record)


h = logging.StreamHandler(sys.stdout)
h.setFormatter(LevelTagFormatter('%(tag)s|%(name)s|%(message)s'))
log = logging.getLogger('fmt')
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
for lvl in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL):
    log.log(lvl, 'level %s', logging.getLevelName(lvl))

h.setFormatter(logging.Formatter('{levelname:<8}{name}: {message}', style='{'))
log.info('brace style %s', 'works')
h.setFormatter(logging.Formatter('$levelname $name: $message', style='$'))
log.info('dollar style')

VERBOSE = 15
logging.addLevelName(VERBOSE, 'VERBOSE')
h.setFormatter(logging.Formatter('%(levelname)s(%(levelno)d) %(message)s'))
log.log(VERBOSE, 'custom level')
log.setLevel(logging.WARNING)
log.info('hidden')
log.warning('shown: %d%%', 50)
print(log.isEnabledFor(logging.INFO), log.getEffectiveLevel(), logging.getLevelName(VERBOSE))
rec = logging.LogRecord('n', logging.INFO, 'p.py', 7, 'msg %s', ('arg',), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.name)
print(logging.Formatter('%(message)s').format(rec))
try:
    logging.Formatter('%(message)s', style='x')
except ValueError as e:
    print('ValueError:', e)
