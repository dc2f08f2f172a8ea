"""gc: the cycle collector's interface.

minipy frees objects by reference counting alone and has no cycle
collector, so these functions only keep the module's API: collect() finds
nothing, the referrer queries find nothing, and enable/disable switch a flag.
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_INSTANCES = 8
DEBUG_OBJECTS = 16
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_INSTANCES | DEBUG_OBJECTS | DEBUG_SAVEALL

garbage = []

_state = {'enabled': True, 'debug': 0, 'threshold': (700, 10, 10)}


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def collect(generation=2):
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return 0


def set_debug(flags):
    _state['debug'] = flags


def get_debug():
    return _state['debug']


def get_count():
    return (0, 0, 0)


def set_threshold(threshold0, threshold1=None, threshold2=None):
    old = _state['threshold']
    _state['threshold'] = (threshold0,
                           old[1] if threshold1 is None else threshold1,
                           old[2] if threshold2 is None else threshold2)


def get_threshold():
    return _state['threshold']


def get_objects():
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return False
