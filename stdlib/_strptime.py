"""The parsing behind time.strptime and datetime.strptime (minipy: the
engine is time's native parser)."""

import time as _time

__all__ = []


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(the struct_time, the microseconds that a %f read)."""
    return _time._strptime(data_string, format)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    return _strptime(data_string, format)[0]
