# Native functions taking a C int refuse other values with CPython's "i"
# format messages (not a message naming the function and the type).


def t(label, f):
    try:
        print label, '=>', f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e


t("int('1', 'x')", lambda: int('1', 'x'))
t("int('1', None)", lambda: int('1', None))
t("int('1', 1.5)", lambda: int('1', 1.5))
t("int('1', 2**70)", lambda: int('1', 2**70))
t("long('', [])", lambda: long('', []))
t("int('z', 36)", lambda: int('z', 36))
t("raw_input(1, 2)", lambda: raw_input(1, 2))
t("input(1, 2)", lambda: input(1, 2))
t("chr('a')", lambda: chr('a'))
t("unichr(1.5)", lambda: unichr(1.5))
t("'ab'.zfill('3')", lambda: 'ab'.zfill('3'))
t("'ab'.center(2.5)", lambda: 'ab'.center(2.5))
