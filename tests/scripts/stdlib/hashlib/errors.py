# hashlib's errors: unknown names, str data, wrong types and arguments.
import hashlib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hashlib.new("nosuch"))
t(lambda: hashlib.new(5))
t(lambda: hashlib.md5("text"))
t(lambda: hashlib.sha256().update("text"))
t(lambda: hashlib.sha256().update(5))
t(lambda: hashlib.sha256().update())
t(lambda: hashlib.sha256().digest(1))
t(lambda: hashlib.sha256().hexdigest(1))
t(lambda: hashlib.sha1(None))
