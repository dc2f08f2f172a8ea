# difflib: SequenceMatcher (blocks, opcodes, groups, ratios, junk,
# autojunk), Differ/ndiff with '?' guide lines, unified and context diffs,
# get_close_matches and restore.
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print s.get_matching_blocks()
print s.get_opcodes()
print s.ratio(), s.quick_ratio(), s.real_quick_ratio()
print s.find_longest_match(0, 5, 0, 4)

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print round(s.ratio(), 3)
for op in s.get_opcodes():
    print op
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print s.find_longest_match(0, 5, 0, 9)
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print s.find_longest_match(0, 5, 0, 9)

a = range(1, 40)
b = a[:]
b[8:9] = ['i']
b[20:22] = []
b.insert(30, 'new')
s = difflib.SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes(3):
    print group
print list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes())
print list(difflib.SequenceMatcher(None, '', '').get_opcodes())

# autojunk: popular elements of long sequences
long_b = 'a' * 300 + 'b'
s = difflib.SequenceMatcher(None, 'ab', long_b)
print s.get_matching_blocks()[:2], s.isbpopular('a'), s.isbjunk('a')
s = difflib.SequenceMatcher(None, 'ab', long_b, autojunk=False)
print s.get_matching_blocks()[:2], s.isbpopular('a'), s.isbjunk('a')
s.set_seqs('xyz', 'xz')
print s.get_opcodes()
s.set_seq1('abc')
print s.get_opcodes()

one = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
two = ['one\n', 'tree\n', 'four\n', 'Five\n', 'six\n']
print ''.join(difflib.ndiff(one, two))
print ''.join(difflib.ndiff(['\tabcdefg\n'], ['\tabcXefgh\n']))
print ''.join(difflib.ndiff(['a\n', 'b\n'], ['x\n', 'y\n', 'z\n']))
print ''.join(difflib.ndiff(['private Thread currentThread;\n'],
                            ['private volatile Thread currentThread;\n']))
diff = list(difflib.ndiff(one, two))
print ''.join(difflib.restore(diff, 1))
print ''.join(difflib.restore(diff, 2))
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print 'ValueError', e

d = difflib.Differ()
print list(d.compare(['same\n', 'gone\n'], ['same\n', 'added\n']))

print ''.join(difflib.unified_diff(one, two, 'before.py', 'after.py',
                                   'Mon', 'Tue'))
print ''.join(difflib.unified_diff(one, two, n=0))
print ''.join(difflib.context_diff(one, two, 'before.py', 'after.py'))
print ''.join(difflib.context_diff(one, two, n=1))
print list(difflib.unified_diff(['a'], ['b'], lineterm=''))
print list(difflib.unified_diff(['a\n'], ['a\n']))
print list(difflib.unified_diff([], ['x\n']))
print list(difflib.context_diff([], ['x\n']))
lines1 = ['line %d\n' % i for i in range(20)]
lines2 = lines1[:]
lines2[2] = 'changed 2\n'
lines2[15] = 'changed 15\n'
print ''.join(difflib.unified_diff(lines1, lines2))

print difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy'])
print difflib.get_close_matches('wheel', ['while', 'whole', 'where', 'wheat', 'heel'], n=2)
print difflib.get_close_matches('xyz', ['abc'])
print difflib.get_close_matches('apple', ['apple', 'appel'], cutoff=0.9)
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('a', ['b'], **bad)
    except ValueError as e:
        print 'ValueError', e
print difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), \
    difflib.IS_LINE_JUNK('hello\n'), difflib.IS_LINE_JUNK('##\n')
print difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), \
    difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x')
m = difflib.Match(1, 2, 3)
print m, m.a, m.b, m.size
