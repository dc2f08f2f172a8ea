import filecmp, fpformat, os, shutil

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

for x, d in ((100.0 / 3, 3), (2.5, 0), (0.000123, 5), (-1234.5678, -2), ('1e5', 2), ('9.999', 2), ('-.5', 0), ('abc', 2)):
    print repr(x), d, fpformat.fix(x, d),
    print fpformat.sci(x, d) if x != 'abc' else ''
show(lambda: fpformat.sci('abc', 2))
show(lambda: fpformat.sci('1e', 2))
print fpformat.extract('-0012.340e-3'), fpformat.unexpo('12', '34', 3), fpformat.roundfrac('9', '96', 1)
os.mkdir('_fc_a')
os.mkdir('_fc_b')
os.mkdir('_fc_a/sub')
os.mkdir('_fc_b/sub')
for d, files in (('_fc_a', {'same': 'x', 'diff': 'one', 'onlya': ''}), ('_fc_b', {'same': 'x', 'diff': 'three', 'onlyb': ''})):
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
print filecmp.cmp('_fc_a/same', '_fc_b/same'), filecmp.cmp('_fc_a/diff', '_fc_b/diff', shallow=False), filecmp.cmp('_fc_a/same', '_fc_a')
print filecmp.cmpfiles('_fc_a', '_fc_b', ['same', 'diff', 'missing'])
d = filecmp.dircmp('_fc_a', '_fc_b')
print d.left_list, d.right_list, d.common, d.left_only, d.right_only
print d.common_dirs, d.common_files, d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs)
d.report()
d.report_full_closure()
show(lambda: d.nonsense)
shutil.rmtree('_fc_a')
shutil.rmtree('_fc_b')
