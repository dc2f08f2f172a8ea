"""JSON scanner factory (json.scanner in Python 2.7)."""


def make_scanner(context):
    from json.decoder import _Scanner
    return _Scanner(context)


py_make_scanner = c_make_scanner = make_scanner
