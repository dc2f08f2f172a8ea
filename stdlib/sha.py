"""The old sha module: sha.new(s), sha.sha(s) (minipy, over _hashlib)."""

from _hashlib import sha1 as new

sha = new
blocksize = 1
digest_size = 20
digestsize = 20
