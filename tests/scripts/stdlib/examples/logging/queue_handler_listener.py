"""QueueHandler + QueueListener: threads log through a queue (cookbook)."""
import logging
import logging.handlers
import queue
import sys
import threading

log_queue = queue.Queue(-1)
queue_handler = logging.handlers.QueueHandler(log_queue)
sink = logging.StreamHandler(sys.stdout)
sink.setFormatter(logging.Formatter('%(threadName)-9s %(levelname)-7s %(name)s: %(message)s'))
listener = logging.handlers.QueueListener(log_queue, sink)

root = logging.getLogger()
root.addHandler(queue_handler)
root.setLevel(logging.DEBUG)
listener.start()

lock = threading.Lock()
order = threading.Event()


def worker(n: int) -> None:
    log = logging.getLogger(f'worker.{n}')
    log.info('starting job %d', n)
    log.debug('job %d done', n)


for i in range(3):
    t = threading.Thread(target=worker, args=(i,), name=f'Worker-{i}')
    t.start()
    t.join()
logging.getLogger('main').warning('all workers finished')
listener.stop()
print('listener stopped; queue empty:', log_queue.empty())
