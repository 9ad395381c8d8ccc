# sorted-output
"""Logging from several threads with %(threadName)s (cookbook 'Logging from multiple threads')."""
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format='%(relativeCreated)0.0s%(threadName)s %(levelname)s %(message)s')


def worker(arg: dict, n: int) -> None:
    for i in range(3):
        logging.debug('Hi from myfunc step %d', i)
    logging.info('worker %d sees stop=%s', n, arg['stop'])


def main() -> None:
    info = {'stop': False}
    threads = [threading.Thread(target=worker, args=(info, n), name=f'T{n}') for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    logging.info('Hello from main')


if __name__ == '__main__':
    main()
