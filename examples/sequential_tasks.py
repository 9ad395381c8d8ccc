# sequential_tasks.py - three "tasks" that each wait 0.1 s, one after another.
#
# This is the baseline the threading examples will beat: waiting (for a
# network, a disk, a timer) does not need the CPU, yet run one after the
# other the three waits add up to 0.3 s. Started on three threads, they
# would overlap and take about 0.1 s in all.
# Times vary from run to run, so the output only states what is certain.
import time


def task(name, seconds):
    print(f"{name}: start")
    time.sleep(seconds)  # stands in for I/O: a download, a query, a timer
    print(f"{name}: done after {seconds} s")
    return name.upper()


def main():
    t0 = time.perf_counter()
    results = []
    for name in ["download", "parse", "save"]:
        results.append(task(name, 0.1))
    elapsed = time.perf_counter() - t0
    print("results:", results)
    print("took at least 0.3 s in all:", elapsed >= 0.3)


main()
