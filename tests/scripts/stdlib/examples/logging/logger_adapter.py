"""LoggerAdapter adding contextual info; a Filter injecting attributes (cookbook)."""
import logging
import sys


class CustomAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['connid'], msg), kwargs


class ContextFilter(logging.Filter):
    USERS = ['jim', 'fred', 'sheila']

    def __init__(self) -> None:
        super().__init__()
        self.i = 0

    def filter(self, record: logging.LogRecord) -> bool:
        record.user = self.USERS[self.i % 3]
        self.i += 1
        return True


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
logger = logging.getLogger('adapter.demo')
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False

adapter = CustomAdapter(logger, {'connid': 'abc-123'})
adapter.info('connection opened')
adapter.warning('slow response: %dms', 350)
adapter.debug('payload=%r', {'k': 1})
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())

plain = logging.LoggerAdapter(logger, {'ip': '10.0.0.1'})
handler.setFormatter(logging.Formatter('%(ip)s %(message)s'))
plain.error('using extra from adapter')

f_logger = logging.getLogger('filtered')
f_handler = logging.StreamHandler(sys.stdout)
f_handler.setFormatter(logging.Formatter('%(levelname)-8s user=%(user)-8s %(message)s'))
f_logger.addHandler(f_handler)
f_logger.addFilter(ContextFilter())
f_logger.setLevel(logging.INFO)
for i in range(4):
    f_logger.info('request %d', i)
f_logger.info('with extra', extra={'x': 1})


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0 if record.args else True


f_handler.addFilter(OnlyEven())
for i in range(4):
    f_logger.info('even only %d', i)
name_filter = logging.Filter('a.b')
print(name_filter.filter(logging.makeLogRecord({'name': 'a.b.c'})), name_filter.filter(logging.makeLogRecord({'name': 'a.bc'})))
