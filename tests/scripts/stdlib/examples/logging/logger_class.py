"""Custom Logger subclass with an extra level method, LogRecord factory, exception outside except."""
import logging
import sys

TRACE = 5
logging.addLevelName(TRACE, 'TRACE')


class TraceLogger(logging.Logger):
    def trace(self, msg, *args, **kwargs):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, msg, args, **kwargs)


logging.setLoggerClass(TraceLogger)
log = logging.getLogger('tracer')
print(type(log).__name__, logging.getLoggerClass().__name__)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s %(custom_attribute)s'))
log.addHandler(h)
log.setLevel(TRACE)

old_factory = logging.getLogRecordFactory()


def record_factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom_attribute = '<0xdecafbad>'
    return record


logging.setLogRecordFactory(record_factory)
log.trace('tracing %s', 'enabled')
log.info('normal info')
log.propagate = False
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.exception('called outside an except block')
log.error('with stack', stack_info=False)
print(repr(log), repr(logging.getLogger()), repr(h).replace('<stdout>', 'STDOUT'))
logging.setLogRecordFactory(old_factory)
