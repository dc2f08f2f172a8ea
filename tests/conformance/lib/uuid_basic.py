import uuid

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print u, repr(u), u.hex, u.urn, u.int, int(u)
print repr(u.bytes), repr(u.bytes_le), u.fields
print u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node
print u.time, u.clock_seq, u.variant, u.version
print uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u
print uuid.UUID(int=u.int, version=4), uuid.UUID(int=u.int, version=4).version
print uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
print uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/').version, uuid.uuid5(uuid.NAMESPACE_OID, '1.2').variant
print uuid.NAMESPACE_X500, uuid.UUID('urn:uuid:00000000-0000-0000-0000-000000000000').variant
print uuid.UUID('f' * 32).variant, uuid.UUID('0000000000000000c000000000000000').variant
print sorted([uuid.UUID('f' * 32), u, uuid.UUID('0' * 32)])
print u == uuid.UUID(str(u)), u != uuid.NAMESPACE_DNS, hash(u) == hash(uuid.UUID(str(u)))
a = uuid.uuid4()
print a.version, a.variant, len(str(a))
b = uuid.uuid1()
print b.version, b.variant, uuid.uuid1(node=5, clock_seq=7).node, uuid.uuid1(node=5, clock_seq=7).clock_seq
n = uuid.getnode()
print 0 < n < 1 << 48, n == uuid.getnode()
print uuid._random_getnode() & (1 << 40) != 0
show(lambda: uuid.UUID('abc'))
show(lambda: uuid.UUID(bytes='abc'))
show(lambda: uuid.UUID(bytes_le='abc'))
show(lambda: uuid.UUID(fields=(1,)))
show(lambda: uuid.UUID(fields=(0, 0x10000, 0, 0, 0, 0)))
show(lambda: uuid.UUID(int=-1))
show(lambda: uuid.UUID('0' * 32, version=9))
show(lambda: uuid.UUID())
show(lambda: uuid.UUID('0' * 32, int=0))
show(lambda: setattr(u, 'node', 1))
