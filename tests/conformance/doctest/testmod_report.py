"""Module docstring with examples.

>>> 1 + 1
2
>>> x = 12
>>> x * 2
24
>>> print 'multi\\nline'
multi
line
"""
# doctest.testmod(): the failure report (Failed example / Expected / Got,
# Exception raised), the summary, verbose mode and the returned counts.
import doctest
from _dt_helpers import capture


def double(n):
    """Doubles n.

    >>> double(2)
    4
    >>> double(3)
    7
    >>> double('ab')
    'abab'
    >>> print double(0)
    """
    return n * 2


def raises():
    """
    >>> raises()
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> raises()
    Traceback (most recent call last):
    ValueError: other text
    >>> {}['k']
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    raise ValueError('bad value')


def nothing_expected():
    """
    >>> print 'surprise'
    >>> None
    >>> 'expected but nothing'
    >>> x = 5
    """


class Widget(object):
    """A widget.

    >>> w = Widget()
    >>> w.size
    3
    """
    size = 3

    def grow(self):
        """
        >>> w = Widget(); w.grow(); w.size
        4
        """
        self.size += 1

    @staticmethod
    def static():
        """
        >>> Widget.static()
        's'
        """
        return 's'

    @classmethod
    def klass(cls):
        """
        >>> Widget.klass()
        'Widget'
        """
        return cls.__name__

    @property
    def prop(self):
        """
        >>> Widget().prop
        'p'
        """
        return 'p'


def no_examples():
    """Just text."""


__test__ = {
    'extra': """
    >>> 'from __test__'
    'from __test__'
    >>> 6 * 7
    41
    """,
}


if __name__ == '__main__':
    print capture(doctest.testmod)
    print capture(doctest.testmod, verbose=True)
    print capture(doctest.testmod, report=False)
    print capture(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    print capture(doctest.testmod, exclude_empty=True, verbose=True)
