"""basicConfig(filename=..., filemode='w'), then read the log file back; FileHandler + RotatingFileHandler."""
import logging
import logging.handlers
import os

LOG = 'example_app.log'
logging.basicConfig(filename=LOG, filemode='w', level=logging.DEBUG,
                    format='%(levelname)s:%(name)s:%(funcName)s:%(message)s', encoding='utf-8')


def compute(x: int) -> int:
    logging.debug('compute(%d) called', x)
    if x < 0:
        logging.warning('negative input %d, using abs', x)
        x = -x
    return x * 2


print(compute(3), compute(-4))
logging.getLogger('db').info('connected to %s', 'sqlite://memory')
for h in logging.root.handlers:
    h.flush()
with open(LOG, encoding='utf-8') as f:
    print(f.read(), end='')

fh = logging.FileHandler('second.log', mode='w')
fh.setFormatter(logging.Formatter('%(message)s'))
lg = logging.getLogger('second')
lg.propagate = False
lg.addHandler(fh)
lg.error('one')
lg.error('two')
fh.close()
with open('second.log') as f:
    print(f.read().split())

rot = logging.handlers.RotatingFileHandler('rot.log', maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter('%(message)s'))
rl = logging.getLogger('rot')
rl.propagate = False
rl.addHandler(rot)
for i in range(8):
    rl.warning('message number %d', i)
rot.close()
for name in ['rot.log', 'rot.log.1', 'rot.log.2', 'rot.log.3']:
    if os.path.exists(name):
        with open(name) as f:
            print(name, f.read().splitlines())
        os.remove(name)
    else:
        print(name, 'absent')
logging.shutdown()
os.remove(LOG)
os.remove('second.log')
