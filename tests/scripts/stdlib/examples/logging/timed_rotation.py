"""TimedRotatingFileHandler as the cookbook sets it up (rollover forced, names not printed)."""
import logging
import logging.handlers
import os

LOG_FILE = 'timed_app.log'
handler = logging.handlers.TimedRotatingFileHandler(LOG_FILE, when='midnight', backupCount=7, encoding='utf-8')
handler.setFormatter(logging.Formatter('%(levelname)s - %(message)s'))
log = logging.getLogger('timed')
log.setLevel(logging.INFO)
log.addHandler(handler)
print(handler.when, handler.backupCount, handler.suffix, handler.interval)
for i in range(3):
    log.info('processing batch %d', i)
handler.doRollover()
log.warning('after rollover')
handler.close()
rolled = [n for n in os.listdir('.') if n.startswith(LOG_FILE + '.')]
print('rolled files:', len(rolled))
for n in rolled:
    with open(n, encoding='utf-8') as f:
        print(f.read(), end='')
    os.remove(n)
with open(LOG_FILE, encoding='utf-8') as f:
    print(f.read(), end='')
os.remove(LOG_FILE)
try:
    logging.handlers.TimedRotatingFileHandler(LOG_FILE, when='fortnight', delay=True)
except ValueError as e:
    print('ValueError:', e)
watched = logging.handlers.WatchedFileHandler('watched.log', delay=True)
print(type(watched).__name__, watched.stream)
watched.close()
