import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import strop, xdrlib

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print strop.atoi(' 12 '), strop.atoi('ff', 16), strop.atol(' 7 '), strop.atof('2.5')
show(lambda: strop.atoi(' 1x'))
print strop.replace('a!b!c!', '!', '@', 0), strop.replace('a!b!c!', '!', '@', 2)
print strop.split('a b  c d', None, 0), strop.split('a|b|c', '|', 1), strop.splitfields('x,y', ',')
print strop.join(('a', 'b')), strop.joinfields(['a', 'b'], '-'), strop.find('abcabc', 'c', 3), strop.rfind('abcabc', 'b')
print repr(strop.maketrans('ab', 'xy')[95:100]), strop.translate('abcd', strop.maketrans('ab', 'xy'), 'd')
show(lambda: strop.maketrans('a', 'xy'))
print strop.capitalize('hello world'), strop.swapcase('aBc'), repr(strop.whitespace), strop.expandtabs('a\tb', 4), strop.count('aaa', 'a')
p = xdrlib.Packer()
p.pack_int(-5)
p.pack_uint(7)
p.pack_bool(1)
p.pack_hyper(-2)
p.pack_double(0.5)
p.pack_float(0.25)
p.pack_string('hello')
p.pack_fstring(3, 'abcdef')
p.pack_list([1, 2], p.pack_int)
p.pack_array(['x', 'yz'], p.pack_string)
data = p.get_buffer()
print repr(data)
u = xdrlib.Unpacker(data)
print u.unpack_int(), u.unpack_uint(), u.unpack_bool(), u.unpack_hyper(), u.unpack_double(), u.unpack_float()
print u.unpack_string(), u.unpack_fstring(3), u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_string), u.get_position()
u.done()
show(u.unpack_int)
show(lambda: xdrlib.Unpacker('\0\0\0\1x').done())
show(lambda: p.pack_int('x'))
show(lambda: p.pack_farray(2, [1], p.pack_int))
show(lambda: xdrlib.Unpacker('\0\0\0\5').unpack_list(None))
print repr(xdrlib.Error('m')), str(xdrlib.ConversionError('c'))
