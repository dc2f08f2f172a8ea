"""2.7's deprecated alias of re (old pickles name sre._compile)."""

import warnings
warnings.warn("The sre module is deprecated, please import re.",
              DeprecationWarning, 2)

from re import *
from re import __all__, _compile
