"""The part of `importlib` gilpy has: `import_module`."""

import sys as _sys


def import_module(name, package=None):
    """Imports the module `name` (relative to `package` when it starts
    with a dot) and returns it: the submodule itself, not its top package."""
    level = len(name) - len(name.lstrip('.'))
    if level:
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        bits = package.rsplit('.', level - 1)
        if len(bits) < level:
            raise ImportError('attempted relative import beyond top-level package')
        rest = name[level:]
        name = f'{bits[0]}.{rest}' if rest else bits[0]
    __import__(name)
    return _sys.modules[name]
