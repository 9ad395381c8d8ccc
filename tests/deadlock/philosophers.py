# Five philosophers each take their left fork, wait until all five hold one,
# then reach for the right fork: every fork is held, every philosopher waits.
import threading

forks = [threading.Lock() for _ in range(5)]
all_seated = threading.Barrier(5)


def philosopher(n):
    left = forks[n]
    right = forks[(n + 1) % 5]
    with left:
        all_seated.wait()
        with right:
            print('philosopher', n, 'eats')


diners = [threading.Thread(target=philosopher, args=(n,), name='philosopher-%d' % n)
          for n in range(5)]
for d in diners:
    d.start()
print('all seated')
for d in diners:
    d.join()
print('all ate')
