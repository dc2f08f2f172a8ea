# Common dict idioms: counting, grouping, nested dicts.
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print sorted(counts.items())
print sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
letters = {}
for ch in text.replace(' ', ''):
    letters.setdefault(ch, 0)
    letters[ch] += 1
print sorted(letters.items())[:5], len(letters)
groups = {}
for w in text.split():
    groups.setdefault(len(w), set()).add(w)
for n in sorted(groups):
    print n, sorted(groups[n])
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
def show(node, depth=0):
    for k in sorted(node):
        print '  ' * depth + k
        show(node[k], depth + 1)
show(tree)
