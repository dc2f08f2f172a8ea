"""Python 2.7's random module: the Mersenne Twister, seeded and drawn
exactly as CPython 2.7 does, so seeded sequences match."""

from math import log as _log, ceil as _ceil, sqrt as _sqrt, cos as _cos, sin as _sin, pi as _pi, exp as _exp
from math import acos as _acos, e as _e
from warnings import warn as _warn
import time as _time
from os import urandom as _urandom
from binascii import hexlify as _hexlify

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate",
           "weibullvariate", "getstate", "setstate", "jumpahead",
           "WichmannHill", "getrandbits", "SystemRandom"]

_N = 624
_M = 397
_MASK = 0xffffffff
_MAXINT = __import__('sys').maxint


class Random(object):
    VERSION = 3

    def __init__(self, x=None):
        self.gauss_next = None
        self.seed(x)

    def _init_genrand(self, s):
        mt = [0] * _N
        mt[0] = s & _MASK
        for i in xrange(1, _N):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & _MASK
        self._mt = mt
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        klen = len(key)
        k = _N if _N > klen else klen
        while k:
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def seed(self, a=None):
        if a is None:
            # As 2.7: from the system's entropy (a forked child must not
            # repeat its parent's sequence), the time only as a fallback.
            try:
                a = long(_hexlify(_urandom(2500)), 16)
            except NotImplementedError:
                a = long(_time.time() * 256)
        if not isinstance(a, (int, long)):
            a = hash(a)
        a = abs(a)
        key = []
        while a:
            key.append(a & _MASK)
            a >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        self.gauss_next = None

    def _genrand_int32(self):
        mt = self._mt
        if self._mti >= _N:
            for kk in xrange(_N - _M):
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff)
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            for kk in xrange(_N - _M, _N - 1):
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff)
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7fffffff)
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            self._mti = 0
        y = mt[self._mti]
        self._mti += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= (y >> 18)
        return y & _MASK

    def random(self):
        a = self._genrand_int32() >> 5
        b = self._genrand_int32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if isinstance(k, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(k, (int, long)):
            raise TypeError("an integer is required")
        if k > 0x7fffffff:
            raise OverflowError("signed integer is greater than maximum")
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k <= 32:
            return long(self._genrand_int32() >> (32 - k))
        # Words come least significant first; the number is built once from
        # their hex digits (OR-ing each into a growing long is quadratic).
        words = (k - 1) // 32 + 1
        draw = self._genrand_int32
        digits = ['%08x' % draw() for i in xrange(words - 1)]
        last = k - 32 * (words - 1)
        digits.append('%x' % (draw() >> (32 - last)))
        digits.reverse()
        return long(''.join(digits), 16)

    def _randbelow(self, n):
        # getrandbits only when it matches random(): random() is this
        # class's own, or getrandbits was overridden too.
        cls = type(self)
        if (_lookup(cls, 'random') is Random.__dict__['random'] or
                _lookup(cls, 'getrandbits') is not Random.__dict__['getrandbits']):
            k = int(1.00001 + _log(n - 1, 2.0))
            r = self.getrandbits(k)
            while r >= n:
                r = self.getrandbits(k)
            return r
        if n >= 1 << BPF:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large")
        return int(self.random() * n)

    def randrange(self, start, stop=None, step=1):
        istart = int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= 9007199254740992:
                    return self._randbelow(istart)
                return int(self.random() * istart)
            raise ValueError("empty range for randrange()")
        istop = int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= 9007199254740992:
                return int(istart + self._randbelow(width))
            return int(istart + int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" % (istart, istop, width))
        istep = int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= 9007199254740992:
            return istart + istep * self._randbelow(n)
        return istart + istep * int(self.random() * n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        if random is None:
            random = self.random
        for i in reversed(xrange(1, len(x))):
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in xrange(k):
                j = int(self.random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in xrange(k):
                j = int(self.random() * n)
                while j in selected:
                    j = int(self.random() * n)
                selected.add(j)
                result[i] = population[j]
        return result

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def gauss(self, mu, sigma):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * 2 * _pi
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu, sigma):
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's rejection method; uniform for a tiny kappa.
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS.
        while True:
            b = (_e + alpha) / _e
            p = b * random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)

    def jumpahead(self, n):
        """Moves to a state far from the current one: a shuffle driven by
        a SHA-512 digest of n and the state (as CPython 2.7 does)."""
        import hashlib
        text = repr(n) + repr(self.getstate())
        self._shuffle_state(int(hashlib.new('sha512', text).hexdigest(), 16))

    def _shuffle_state(self, n):
        # CPython's permutation of the words, then each word plus its position.
        mt = self._mt
        for i in xrange(_N - 1, 1, -1):
            j = n % i
            mt[i], mt[j] = mt[j], mt[i]
        for i in xrange(_N):
            mt[i] += i + 1
        self._mti = _N

    def getstate(self):
        # CPython hands the words out as longs.
        words = tuple([long(x) for x in self._mt]) + (long(self._mti),)
        return (self.VERSION, words, self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
        elif version == 2:
            # Version 2 saved the words as signed C longs.
            version, internal, self.gauss_next = state
            try:
                internal = tuple(long(x) % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError(e)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        self._set_words(internal)

    def _set_words(self, internal):
        if not isinstance(internal, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for x in internal:
            if not isinstance(x, (int, long)):
                raise TypeError("an integer is required")
            words.append(x)
        index = words.pop()
        for x in words:
            if x < 0:
                raise OverflowError("can't convert negative value to "
                                    "unsigned long")
        if not 0 <= index <= _N:
            raise ValueError("invalid state")
        self._mt = words
        self._mti = int(index)

    # Pickling and copying go through the state.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()


def _lookup(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name]
    return None


class WichmannHill(Random):
    """The Wichmann-Hill generator of Python 2.7: three small linear
    congruential generators whose outputs are summed modulo 1."""
    VERSION = 1

    def __init__(self, x=None):
        # The Mersenne Twister underneath (getrandbits) is seeded too.
        Random.seed(self, x)
        Random.__init__(self, x)

    def seed(self, a=None):
        if a is None:
            try:
                a = long(_hexlify(_urandom(16)), 16)
            except NotImplementedError:
                a = long(_time.time() * 256)
        if not isinstance(a, (int, long)):
            a = hash(a)
        parts = []
        for modulus in (30268, 30306, 30322):
            a, r = divmod(a, modulus)
            parts.append(int(r) + 1)
        self._seed = tuple(parts)
        self.gauss_next = None

    def random(self):
        x, y, z = self._seed
        x = (171 * x) % 30269
        y = (172 * y) % 30307
        z = (170 * z) % 30323
        self._seed = (x, y, z)
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        return (self.VERSION, self._seed, self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version != 1:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        version, self._seed, self.gauss_next = state

    def jumpahead(self, n):
        # n steps at once: each component is multiplied by its factor**n.
        if not n >= 0:
            raise ValueError("n must be >= 0")
        x, y, z = self._seed
        x = int(x * pow(171, n, 30269)) % 30269
        y = int(y * pow(172, n, 30307)) % 30307
        z = int(z * pow(170, n, 30323)) % 30323
        self._seed = (x, y, z)

    def _whseed_parts(self, x=0, y=0, z=0):
        if not type(x) == type(y) == type(z) == int:
            raise TypeError('seeds must be integers')
        if not (0 <= x < 256 and 0 <= y < 256 and 0 <= z < 256):
            raise ValueError('seeds must be in range(0, 256)')
        if x == y == z == 0:
            t = long(_time.time() * 256)
            t = int((t & 0xffffff) ^ (t >> 24))
            t, x = divmod(t, 256)
            t, y = divmod(t, 256)
            t, z = divmod(t, 256)
        self._seed = (x or 1, y or 1, z or 1)
        self.gauss_next = None

    def whseed(self, a=None):
        if a is None:
            self._whseed_parts()
            return
        a = hash(a)
        a, x = divmod(a, 256)
        a, y = divmod(a, 256)
        a, z = divmod(a, 256)
        self._whseed_parts((x + a) % 256 or 1, (y + a) % 256 or 1, (z + a) % 256 or 1)


NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


class SystemRandom(Random):
    """Draws from os.urandom; it has no state to seed, save or restore."""

    def random(self):
        import os
        import binascii
        return (long(binascii.hexlify(os.urandom(7)), 16) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        import os
        import binascii
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        x = long(binascii.hexlify(os.urandom(nbytes)), 16)
        return x >> (nbytes * 8 - k)

    def seed(self, *args, **kwds):
        return None

    jumpahead = seed

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
gauss = _inst.gauss
expovariate = _inst.expovariate
getrandbits = _inst.getrandbits
getstate = _inst.getstate
setstate = _inst.setstate
triangular = _inst.triangular
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
jumpahead = _inst.jumpahead
