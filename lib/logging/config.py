"""logging.config: configuring logging from a dictionary (`dictConfig`), the
schema version 1 that CPython 3.11 documents: formatters, filters, handlers,
loggers and root, `()` factories with `.` properties, `ext://` and `cfg://`
value conversion, `incremental` and `disable_existing_loggers`.

`fileConfig` and `listen` are not provided (gilpy has no configparser and no
sockets); programs that only use `dictConfig` are what this serves.
"""

import logging
import logging.handlers
import sys

__all__ = ['dictConfig', 'valid_ident', 'BaseConfigurator', 'DictConfigurator',
           'dictConfigClass']


def _is_ident_char(c, first):
    return c == '_' or c.isalpha() or (not first and c.isdigit())


def valid_ident(s):
    """True for a valid Python identifier; ValueError otherwise."""
    if not isinstance(s, str) or not s or not all(_is_ident_char(c, i == 0) for i, c in enumerate(s)):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


class BaseConfigurator:
    """Resolves dotted names and converts `ext://` / `cfg://` strings."""

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        """The object a dotted name `pkg.mod.attr` refers to, importing as needed."""
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = __import__(used)
            for frag in parts:
                used += '.' + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    __import__(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Walks the configuration: `cfg://handlers.email[0]` style paths."""
        rest = value
        first, rest = _cfg_head(rest, value)
        d = self.config[first]
        while rest:
            if rest[0] == '.':
                key, rest = _cfg_head(rest[1:], value)
                d = d[key]
            elif rest[0] == '[':
                end = rest.find(']')
                if end < 0:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                idx = rest[1:end]
                if idx.isdigit():
                    try:
                        d = d[idx]
                    except (KeyError, TypeError):
                        d = d[int(idx)]
                else:
                    d = d[idx]
                rest = rest[end + 1:]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        """Converts prefixed strings; walks into dicts, lists and tuples."""
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.ext_convert(value[6:])
            if value.startswith('cfg://'):
                return self.convert(self.cfg_convert(value[6:]))
            return value
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, tuple) and not hasattr(value, '_fields'):
            return tuple(self.convert(v) for v in value)
        return value

    def configure_custom(self, config):
        """Calls the `()` factory with the other keys, then sets `.` properties."""
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


def _cfg_head(text, whole):
    """Splits a leading identifier-ish word off a cfg:// path."""
    i = 0
    while i < len(text) and text[i] not in '.[':
        i += 1
    if i == 0:
        raise ValueError('Unable to convert %r at %r' % (whole, text))
    return text[:i], text[i:]


class DictConfigurator(BaseConfigurator):
    """Applies one configuration dictionary to the logging module."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        for name, hconf in config.get('handlers', {}).items():
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            level = hconf.get('level')
            if level:
                logging._handlers[name].setLevel(logging._checkLevel(level))
        for name, lconf in config.get('loggers', {}).items():
            try:
                self.configure_logger(name, lconf, True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root')
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_full(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        # Old handlers are flushed, closed and forgotten, as CPython does.
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

        self.formatters = {}
        for name, fconf in config.get('formatters', {}).items():
            try:
                self.formatters[name] = self.configure_formatter(fconf)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        self.filters = {}
        for name, fconf in config.get('filters', {}).items():
            try:
                self.filters[name] = self.configure_filter(fconf)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e

        self.handlers = {}
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self.handlers[name] = self._named_handler(name, handlers[name])
            except Exception as e:
                if str(e).startswith('Unable to set target handler'):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self.handlers[name] = self._named_handler(name, handlers[name])
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        root = logging.root
        existing = sorted(root.manager.loggerDict)
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + '.'
                children.extend(n for n in existing if n.startswith(prefix))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in children:
                if isinstance(logger, logging.Logger):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing
        rconf = config.get('root')
        if rconf:
            try:
                self.configure_root(rconf)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _named_handler(self, name, hconf):
        handler = self.configure_handler(hconf)
        handler.name = name
        return handler

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname) if isinstance(cname, str) else cname
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.filters[f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            klass = self.resolve(cname) if isinstance(cname, str) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                tname = config['target']
                try:
                    config['target'] = self.handlers[tname]
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % tname) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.handlers[h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Sets logging up from a configuration dictionary (schema version 1)."""
    # The configurator pops keys, so it works on a copy of the top level.
    dictConfigClass(dict(config)).configure()
