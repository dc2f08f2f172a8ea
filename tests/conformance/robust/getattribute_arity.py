# __getattribute__ is a slot wrapper: its count errors are 2.7's
# "expected 1 arguments, got N", bound or unbound.


def t(label, f):
    try:
        print label, '=>', f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e


class A(object):
    x = 5


t('list bound 0', lambda: [].__getattribute__())
t('list bound 2', lambda: [].__getattribute__('append', 1))
t('str bound 0', lambda: 'a'.__getattribute__())
t('dict bound 3', lambda: {}.__getattribute__(1, 2, 3))
t('object unbound 0', lambda: object.__getattribute__())
t('object unbound 1', lambda: object.__getattribute__(A()))
t('object ok', lambda: object.__getattribute__(A(), 'x'))
t('instance bound 0', lambda: A().__getattribute__())
t('instance ok', lambda: A().__getattribute__('x'))
t('bad name', lambda: A().__getattribute__(1))
