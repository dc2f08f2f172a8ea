"""The old md5 module: md5.new(s), md5.md5(s) (minipy, over _hashlib)."""

from _hashlib import md5 as new

md5 = new
digest_size = 16
blocksize = 1
