# The classic '(%(threadName)-10s) %(message)s' format, from named threads;
# every record is one whole line even with many threads logging at once.
# sorted-output
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format='(%(threadName)-10s) %(message)s', stream=sys.stdout)


def worker(n):
    logging.debug('Starting')
    for i in range(3):
        logging.info('step %d of worker %d', i, n)
    logging.debug('Exiting')


threads = [threading.Thread(name='worker-%d' % i, target=worker, args=(i,)) for i in range(4)]
threads.append(threading.Thread(target=worker, args=(9,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.debug('all done')

# Many threads, long lines: a line is never split by another thread's.
log = logging.getLogger("busy")
long_text = "x" * 200


def busy(n):
    for i in range(50):
        log.info("%d %s %d", n, long_text, n)


ts = [threading.Thread(target=busy, args=(i,), name="busy-%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
