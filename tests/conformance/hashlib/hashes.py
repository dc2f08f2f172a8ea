import hashlib, md5, sha
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(hashlib.new, 'foo'); print hashlib.new('MD5', 'a').hexdigest(), hashlib.new('SHA256').hexdigest()
h = hashlib.md5('abc'); print h.name, h.digest_size, h.block_size, h.digestsize, type(h).__name__, type(h).__module__
print hashlib.algorithms, hashlib.sha1().name, hashlib.new('sha224').name
t(h.update, 1); t(hashlib.md5, 1); print hashlib.md5(u'abc').hexdigest(); t(hashlib.md5, data='x'); t(hashlib.md5, string='x'); print hashlib.new(name='md5').hexdigest()
print md5.new('a').hexdigest(), md5.md5('a').hexdigest(), md5.digest_size, sha.new('a').hexdigest(), sha.digest_size, sha.blocksize, sha.digestsize
m = md5.new('a'); print type(m), m.digest_size, m.name if hasattr(m,'name') else 'noname'
import hmac
print hmac.new('key', 'msg').hexdigest(), hmac.new('key', 'msg', hashlib.sha256).hexdigest(), hmac.new('k', digestmod=sha).hexdigest()
t(hashlib.md5().update); t(hashlib.md5, 'a', 'b')
