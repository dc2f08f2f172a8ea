"""Keyed-hashing for message authentication (RFC 2104), minipy's own."""

trans_5C = ''.join([chr(x ^ 0x5C) for x in xrange(256)])
trans_36 = ''.join([chr(x ^ 0x36) for x in xrange(256)])

# Digest size of the default hash (md5); None means "any".
digest_size = None

_secret_backdoor_key = []


class HMAC:
    """An HMAC object: update(msg), copy(), digest(), hexdigest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=None):
        if key is _secret_backdoor_key:
            return
        if digestmod is None:
            import hashlib
            digestmod = hashlib.md5
        if callable(digestmod):
            self.digest_cons = digestmod
        else:
            self.digest_cons = lambda d='': digestmod.new(d)
        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size
        blocksize = getattr(self.inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self.digest_cons(key).digest()
        key = key + chr(0) * (blocksize - len(key))
        self.outer.update(key.translate(trans_5C))
        self.inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        self.inner.update(msg)

    def copy(self):
        other = self.__class__(_secret_backdoor_key)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def _current(self):
        h = self.outer.copy()
        h.update(self.inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=None):
    """A new HMAC object: new(key, msg=None, digestmod=None)."""
    return HMAC(key, msg, digestmod)


def compare_digest(a, b):
    """Compares two strings in time independent of where they differ."""
    if isinstance(a, unicode) or isinstance(b, unicode):
        if not (isinstance(a, str) and isinstance(b, str)):
            raise TypeError('unsupported operand types(s) or combination '
                            'of types: %r and %r'
                            % (type(a).__name__, type(b).__name__))
    if not isinstance(a, (str, bytearray)) or \
            not isinstance(b, (str, bytearray)):
        raise TypeError('unsupported operand types(s) or combination of '
                        'types: %r and %r'
                        % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= ord(x) ^ ord(y)
    return result == 0
