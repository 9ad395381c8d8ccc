# A DeprecationWarning is shown only where the calling code is __main__:
# the helper module's calls stay silent, this script's are shown.
import threading
import _deprecated_helper

print(_deprecated_helper.names())
print(threading.current_thread().getName())
