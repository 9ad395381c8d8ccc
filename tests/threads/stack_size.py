# _thread.stack_size / threading.stack_size: CPython's values, messages and reset-on-bare-call
import _thread, threading
print(_thread.stack_size())
try: _thread.stack_size(1000)
except Exception as e: print(type(e).__name__, e)
try: _thread.stack_size(-1)
except Exception as e: print(type(e).__name__, e)
try: _thread.stack_size('x')
except Exception as e: print(type(e).__name__, e)
print(_thread.stack_size(65536), _thread.stack_size(), threading.stack_size(0), threading.stack_size())
print(threading.stack_size is _thread.stack_size)
threading.stack_size(64 << 20)
out = []
t = threading.Thread(target=lambda: out.append(threading.get_ident() > 0))
t.start(); t.join()
print(out, threading.stack_size())
