"""The time-driven and file-watching handlers of `logging.handlers`:
TimedRotatingFileHandler and WatchedFileHandler, as CPython 3.11 documents
them. Kept apart from handlers.py to keep that file to one size; they are
re-exported there and report `logging.handlers` as their module.
"""

import os
import time

import logging
from logging.handlers import BaseRotatingHandler

_MIDNIGHT = 24 * 60 * 60

# when -> (seconds per unit, suffix format)
_UNITS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S'),
    'M': (60, '%Y-%m-%d_%H-%M'),
    'H': (60 * 60, '%Y-%m-%d_%H'),
    'D': (_MIDNIGHT, '%Y-%m-%d'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d'),
}

_FIELD_WIDTHS = {'Y': 4, 'm': 2, 'd': 2, 'H': 2, 'M': 2, 'S': 2}


def _matches_suffix(text, fmt):
    """Whether `text` has the shape strftime(fmt) gives (digits where the
    fields go, the other characters as they are); what CPython checks with a
    regular expression."""
    i = j = 0
    while j < len(fmt):
        if fmt[j] == '%' and j + 1 < len(fmt):
            width = _FIELD_WIDTHS[fmt[j + 1]]
            part = text[i:i + width]
            if len(part) != width or not part.isdigit():
                return False
            i += width
            j += 2
        else:
            if i >= len(text) or text[i] != fmt[j]:
                return False
            i += 1
            j += 1
    return i == len(text)


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the log file over at timed intervals: every `interval` seconds,
    minutes, hours or days, at midnight, or on a weekday ('W0' is Monday)."""

    __module__ = 'logging.handlers'

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when in _UNITS:
            unit, self.suffix = _UNITS[self.when]
        elif self.when.startswith('W'):
            unit, self.suffix = _MIDNIGHT * 7, '%Y-%m-%d'
            if len(self.when) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(self.when[1])
        else:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        self.interval = unit * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            t = int(os.stat(filename).st_mtime)
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _time_tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the next rollover after currentTime."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = self._time_tuple(currentTime)
            hour, minute, second, day = t[3], t[4], t[5], t[6]
            if self.atTime is None:
                rotate_ts = _MIDNIGHT
            else:
                rotate_ts = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
            r = rotate_ts - ((hour * 60 + minute) * 60 + second)
            if r < 0:
                # The rotation time has passed today: it is tomorrow's.
                r += _MIDNIGHT
                day = (day + 1) % 7
            result = currentTime + r
            if self.when.startswith('W'):
                if day != self.dayOfWeek:
                    if day < self.dayOfWeek:
                        days = self.dayOfWeek - day
                    else:
                        days = 6 - day + self.dayOfWeek + 1
                    result += days * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                # Not a regular file (a device such as /dev/null): never roll.
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The oldest rolled-over files beyond backupCount."""
        dirName, baseName = os.path.split(self.baseFilename)
        prefix = baseName + '.'
        found = []
        for fileName in os.listdir(dirName or '.'):
            if fileName.startswith(prefix) and _matches_suffix(fileName[len(prefix):], self.suffix):
                found.append(os.path.join(dirName, fileName))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        currentTime = int(time.time())
        timeTuple = self._time_tuple(self.rolloverAt - self.interval)
        dfn = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, timeTuple))
        if os.path.exists(dfn):
            os.remove(dfn)
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for s in self.getFilesToDelete():
                os.remove(s)
        if not self.delay:
            self.stream = self._open()
        newRolloverAt = self.computeRollover(currentTime)
        while newRolloverAt <= currentTime:
            newRolloverAt += self.interval
        self.rolloverAt = newRolloverAt


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it has been moved or removed
    (by logrotate, say) since the last record."""

    __module__ = 'logging.handlers'

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            sres = os.stat(self.baseFilename)
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres.st_dev != self.dev or sres.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)
