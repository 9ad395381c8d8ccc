# expect-full-stderr
class ConfigError(Exception):
    pass
def load(name):
    try:
        return {'a': 1}[name]
    except KeyError as e:
        raise ConfigError('missing setting: ' + name) from e
print(load('a'))
load('b')
