import struct
for f in ['<Q','Q','<q','L','<L','<I','I','P','>Q', '<l']:
    n = struct.calcsize(f)
    print f, struct.unpack(f, '\x01'+'\0'*(n-1)), struct.unpack(f, '\xff'*n)
print struct.calcsize('3'), struct.calcsize('i 3h'), 
for x in ['3 i', '0s', '0p', '2x', 'ix', 'xi', '<xi','s', '2c', '10s']:
    try: print struct.calcsize(x),
    except Exception as e: print e
print struct.unpack('0s2x3s', 'a\0cde')
print struct.pack('2s', 'abcdef'), struct.pack('5s', 'ab'), struct.pack('0s', 'ab'), struct.pack('3c', 'a', 'b', 'c')
print struct.pack('1p', 'abc'), struct.pack('0p', 'abc')
print struct.unpack('<d', struct.pack('<d', 1.5)), struct.unpack('>f', '\x7f\x80\x00\x00')
try: struct.pack('p', 1)
except Exception as e: print e
try: struct.pack('<f', 'x')
except Exception as e: print e
try: struct.pack('i', '1')
except Exception as e: print type(e), e
print repr(struct.pack('?', 'x')), repr(struct.pack('<?', 0))
print struct.unpack('c', 'a')
print struct.Struct('i').unpack('abcd'), struct.Struct('i').size
try: struct.unpack('i', u'abcd')
except Exception as e: print type(e), e
try: struct.pack_into('i', 'abc')
except Exception as e: print type(e), e
try: struct.unpack_from('i')
except Exception as e: print type(e), e
try: struct.pack()
except Exception as e: print type(e), e
try: struct.unpack('i')
except Exception as e: print type(e), e
print struct.pack('!h', 1), struct.pack('=l', 1)
