"""Secure hashes and message digests (minipy: the digests are native, in
_hashlib)."""

import _hashlib
from binascii import hexlify as _hexlify, unhexlify as _unhexlify

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac')

algorithms_guaranteed = set(('md5', 'sha1', 'sha224', 'sha256', 'sha384',
                             'sha512'))
algorithms_available = set(algorithms_guaranteed)
algorithms = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')

md5 = _hashlib.md5
sha1 = _hashlib.sha1
sha224 = _hashlib.sha224
sha256 = _hashlib.sha256
sha384 = _hashlib.sha384
sha512 = _hashlib.sha512

_by_name = {
    'md5': md5, 'MD5': md5,
    'sha1': sha1, 'SHA1': sha1,
    'sha224': sha224, 'SHA224': sha224,
    'sha256': sha256, 'SHA256': sha256,
    'sha384': sha384, 'SHA384': sha384,
    'sha512': sha512, 'SHA512': sha512,
}


def new(name, string=''):
    """new(name, string='') - a new hash object of the named algorithm."""
    try:
        ctor = _by_name[name]
    except (KeyError, TypeError):
        raise ValueError('unsupported hash type ' + str(name))
    return ctor(string)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC as the pseudorandom function (RFC 2898)."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    if not isinstance(password, (str, bytearray)):
        password = bytes(buffer(password))
    if not isinstance(salt, (str, bytearray)):
        salt = bytes(buffer(salt))
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = getattr(inner, 'block_size', 64)
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + '\x00' * (blocksize - len(password))
    inner.update(''.join([chr(ord(c) ^ 0x36) for c in password]))
    outer.update(''.join([chr(ord(c) ^ 0x5C) for c in password]))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    hex_format = '%%0%ix' % (new(hash_name).digest_size * 2)
    dkey = ''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + chr(loop >> 24 & 255) + chr(loop >> 16 & 255) +
                   chr(loop >> 8 & 255) + chr(loop & 255))
        rkey = int(_hexlify(prev), 16)
        for _ in xrange(iterations - 1):
            prev = prf(prev)
            rkey ^= int(_hexlify(prev), 16)
        loop += 1
        dkey += _unhexlify(hex_format % rkey)
    return dkey[:dklen]
