# A consumer waits for items that no producer will ever put; the program
# waits for the consumer at exit.
import queue
import threading

jobs = queue.Queue()


def consume():
    while True:
        job = jobs.get()
        print('got', job)
        if job is None:
            break


threading.Thread(target=consume, name='consumer').start()
print('putting 1')
jobs.put(1)
