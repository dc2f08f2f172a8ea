import gettext, struct, os, shutil

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

def make_mo(entries, order='<'):
    keys = sorted(entries)
    ids = strs = ''
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(entries[k])))
        ids += k + '\0'
        strs += entries[k] + '\0'
    n = len(keys)
    start = 7 * 4 + 16 * n
    head = struct.pack(order + 'Iiiiiii', 0x950412de, 0, n, 28, 28 + 8 * n, 0, 0)
    table1 = ''.join(struct.pack(order + '2i', l, start + o) for o, l, _, _ in offsets)
    table2 = ''.join(struct.pack(order + '2i', l, start + len(ids) + o) for _, _, o, l in offsets)
    return head + table1 + table2 + ids + strs

header = ('Content-Type: text/plain; charset=utf-8\n'
          'Plural-Forms: nplurals=3; plural=n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2;\n'
          'Last-Translator: A <a@b>\n continued line\n')
entries = {'': header, 'hello': 'ahoj', 'file\0files': 'soubor\0soubory\0souboru',
           'caf\xc3\xa9': 'k\xc3\xa1va'}
d = 'gt_tmp/cs/LC_MESSAGES'
if not os.path.isdir(d):
    os.makedirs(d)
for order in '<>':
    with open(d + '/demo.mo', 'wb') as f:
        f.write(make_mo(entries, order))
    with open(d + '/demo.mo', 'rb') as f:
        t = gettext.GNUTranslations(f)
    print t.gettext('hello'), repr(t.ugettext('hello')), t.gettext('nope'), repr(t.ugettext('nope'))
    print [t.ngettext('file', 'files', n) for n in (1, 2, 5, 22)], t.ngettext('x', 'xs', 1), t.ngettext('x', 'xs', 3)
    print t.charset(), sorted(t.info().items())
    print repr(t.gettext('caf\xc3\xa9')), repr(t.ugettext(u'caf\xe9'))
    t.set_output_charset('latin-1')
    print repr(t.gettext('caf\xc3\xa9')), t.output_charset()
t = gettext.translation('demo', 'gt_tmp', languages=['cs_CZ.UTF-8'])
print t.__class__.__name__, t.gettext('hello')
show(lambda: gettext.translation('demo', 'gt_tmp', languages=['de']))
print gettext.translation('demo', 'gt_tmp', languages=['de'], fallback=True).__class__.__name__
print gettext.find('demo', 'gt_tmp', ['fr', 'cs']), gettext.find('demo', 'gt_tmp', ['cs'], all=1)
gettext.bindtextdomain('demo', 'gt_tmp')
gettext.textdomain('demo')
os.environ['LANGUAGE'] = 'cs'
print gettext.gettext('hello'), gettext.ngettext('file', 'files', 3), gettext.dgettext('other', 'hello')
print gettext.textdomain(), gettext.bindtextdomain('demo')
n = gettext.NullTranslations()
n.add_fallback(t)
print n.gettext('hello'), n.ngettext('a', 'b', 2)
n.install(names=['ngettext'])
print _('hello'), ngettext('file', 'files', 1)
print gettext._expand_lang('cs_CZ.UTF-8@euro')
for expr in ('n != 1', 'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', '(n==1) ? 0 : !(n>=2) ? 1 : 2', '2/n*3'):
    f = gettext.c2py(expr)
    print expr, [f(x) for x in (1, 2, 3, 11, 21)]
for bad in ('x>1', '(n>1', 'n n', '-n', '1.0', '(' * 100 + 'n' + ')' * 100):
    show(lambda: gettext.c2py(bad))
show(lambda: gettext.c2py('n')('2'))
with open(d + '/bad.mo', 'wb') as f:
    f.write('garbage!')
with open(d + '/bad.mo', 'rb') as f:
    show(lambda: gettext.GNUTranslations(f))
shutil.rmtree('gt_tmp')
