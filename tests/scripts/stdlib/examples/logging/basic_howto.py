# expect-full-stderr
"""The logging HOWTO basics: basicConfig with format and level, module-level calls."""
import logging

logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s', level=logging.DEBUG)
logging.debug('This message should appear on the console')
logging.info('So should this')
logging.warning('And this, too')
logging.error('%s before you %s', 'Look', 'leap!')
logger = logging.getLogger(__name__)
logger.info('module logger named %r', __name__)
logging.getLogger('spam.eggs').critical('nested logger %d', 42)
logging.log(logging.WARNING, 'log() with a level')
print('effective level:', logging.getLevelName(logger.getEffectiveLevel()))
print(logging.getLevelName(25), logging.getLevelName('INFO'), logging.DEBUG, logging.CRITICAL)
