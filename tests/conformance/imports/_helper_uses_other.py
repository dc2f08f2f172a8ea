# Helper that imports another helper.
import _helper_basic
from _helper_basic import greet
def relay(x):
    return greet(x) + ' via relay'
basic_value = _helper_basic.VALUE
