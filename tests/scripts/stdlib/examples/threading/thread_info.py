"""Thread names, idents, daemon flags, enumerate(), current_thread() in targets."""
import threading
import sys

started = threading.Event()
release = threading.Event()
info = {}


def target(label: str) -> None:
    me = threading.current_thread()
    info[label] = (me.name, me.daemon, me.ident == threading.get_ident(), isinstance(me.native_id, int))
    started.set()
    release.wait()


t = threading.Thread(target=target, args=('a',), name='Alpha', daemon=True)
print(repr(t))
print(t.name, t.daemon, t.ident, t.is_alive())
t.start()
started.wait()
names = sorted(th.name for th in threading.enumerate())
print('running:', names)
print('alive:', t.is_alive(), 'count:', threading.active_count())
release.set()
t.join(timeout=5)
print(info)
print('alive after join:', t.is_alive())
u = threading.Thread(target=print, args=('positional', 'args'), kwargs={'sep': ' | '})
u.start(); u.join()
try:
    u.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.main_thread().name, file=sys.stdout)
w = threading.Thread(name='w')
w.name = 'renamed'
w.daemon = True
print(w.name, w.daemon)
