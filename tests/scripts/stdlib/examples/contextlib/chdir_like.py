"""A contextmanager that saves/restores state, with nested ExitStack callbacks and enter_context ordering."""
from contextlib import contextmanager, ExitStack
from typing import Dict, Iterator

settings: Dict[str, object] = {'debug': False, 'level': 1}


@contextmanager
def override(**changes) -> Iterator[Dict[str, object]]:
    saved = {k: settings[k] for k in changes}
    settings.update(changes)
    try:
        yield settings
    finally:
        settings.update(saved)


with override(debug=True) as s:
    print('inside:', s)
    with override(level=5):
        print('nested:', settings)
    print('after nested:', settings)
print('restored:', settings)

order = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
    stack.enter_context(override(level=99))
    order.append(('level', settings['level']))
print(order, settings['level'])


@contextmanager
def transaction(log: list):
    log.append('begin')
    try:
        yield
    except Exception as exc:
        log.append(f'rollback ({exc})')
        raise
    else:
        log.append('commit')


log: list = []
with transaction(log):
    pass
try:
    with transaction(log):
        raise RuntimeError('disk full')
except RuntimeError:
    pass
print(log)
