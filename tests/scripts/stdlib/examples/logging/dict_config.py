# expect-full-stderr
"""logging.config.dictConfig with two handlers and two formatters."""
import logging
import logging.config

LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'verbose': {'format': '%(levelname)s %(name)s %(module)s: %(message)s'},
        'simple': {'format': '%(levelname)s %(message)s'},
    },
    'handlers': {
        'console': {
            'class': 'logging.StreamHandler',
            'formatter': 'simple',
            'level': 'WARNING',
        },
        'stdout': {
            'class': 'logging.StreamHandler',
            'formatter': 'verbose',
            'stream': 'ext://sys.stdout',
        },
    },
    'loggers': {
        'myapp': {
            'handlers': ['stdout'],
            'level': 'DEBUG',
            'propagate': True,
        },
    },
    'root': {'handlers': ['console'], 'level': 'INFO'},
}
logging.config.dictConfig(LOGGING)
log = logging.getLogger('myapp.views')
log.debug('debug only to stdout')
log.info('info only to stdout')
log.warning('warning to both')
logging.getLogger('other').info('root at INFO, console at WARNING: dropped')
logging.getLogger('other').error('root error')
print(logging.getLogger('myapp').level, logging.getLogger().level)
