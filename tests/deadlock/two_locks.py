# Two threads take two locks in opposite orders.
import threading

accounts = threading.Lock()
audit = threading.RLock()
both_hold_one = threading.Barrier(2)


def transfer():
    with accounts:
        both_hold_one.wait()
        with audit:
            print('transfer done')


def report():
    with audit:
        both_hold_one.wait()
        with accounts:
            print('report done')


a = threading.Thread(target=transfer, name='transfer')
b = threading.Thread(target=report, name='report')
a.start()
b.start()
a.join()
b.join()
