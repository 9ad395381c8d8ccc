"""Logger hierarchy, propagation, disabled loggers, NullHandler for libraries."""
import logging
import sys

root_h = logging.StreamHandler(sys.stdout)
root_h.setFormatter(logging.Formatter('root-handler: %(name)s %(message)s'))
logging.getLogger().addHandler(root_h)
logging.getLogger().setLevel(logging.INFO)

lib = logging.getLogger('mylib')
lib.addHandler(logging.NullHandler())

app = logging.getLogger('app')
app_h = logging.StreamHandler(sys.stdout)
app_h.setFormatter(logging.Formatter('app-handler: %(name)s %(message)s'))
app.addHandler(app_h)

child = logging.getLogger('app.db.pool')
child.info('propagates to app and root')
app.propagate = False
child.info('stops at app')
lib.info('library logs still reach root')
print(child.parent.name, child.parent.parent.name if child.parent.parent else None)
print(logging.getLogger('app.db').parent is app, logging.getLogger('app') is app)
print(child.getChild('conn').name, app.hasHandlers(), logging.getLogger('zzz').hasHandlers())
app.disabled = True
child.warning('app disabled, but child still logs via its handlers')
app.disabled = False
logging.disable(logging.WARNING)
child.warning('silenced by disable')
child.error('error still shown')
logging.disable(logging.NOTSET)
print(repr(app), repr(logging.getLogger()))
