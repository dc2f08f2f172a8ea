"""The `encodings` package (minipy's own): codecs found by module name.

search_function(name) normalizes the name, follows encodings.aliases and
imports encodings.<module>, whose getregentry() gives the CodecInfo. The
codecs minipy implements in `codecs` itself are answered from there, so
code that imports encodings.utf_8 and the like still finds them.
"""

import codecs
from encodings import aliases as _aliases_module

_cache = {}
_unknown = object()


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Runs of characters other than letters, digits and '.' become one
    '_'; leading and trailing ones go."""
    if isinstance(encoding, unicode):
        encoding = encoding.encode('latin-1')
    words, word = [], []
    for c in encoding:
        if c.isalnum() or c == '.':
            word.append(c)
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '_'.join(words)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    aliases = _aliases_module.aliases
    candidates = [aliases.get(norm) or aliases.get(norm.replace('.', '_')),
                  norm]
    module = None
    for modname in candidates:
        if not modname or '.' in modname:
            continue
        try:
            module = __import__('encodings.' + modname, fromlist=['*'])
        except ImportError:
            continue
        break
    if module is None or not hasattr(module, 'getregentry'):
        _cache[encoding] = None
        return None
    entry = module.getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (module.__name__, module.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    return entry


def _exported(name):
    """The names a codec module of `encodings` offers, for the codecs that
    `codecs` implements itself (the modules here are one-line fronts)."""
    info = codecs._builtin_search(name) or codecs._charmap_search(name)
    ns = {'getregentry': lambda: info,
          'IncrementalEncoder': info.incrementalencoder,
          'IncrementalDecoder': info.incrementaldecoder,
          'StreamReader': info.streamreader,
          'StreamWriter': info.streamwriter,
          'encode': info.encode, 'decode': info.decode}

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return info.encode(input, errors)

        def decode(self, input, errors='strict'):
            return info.decode(input, errors)
    ns['Codec'] = Codec
    import _charmaps
    table = _charmaps.TABLES.get(name)
    if table is not None:
        ns['decoding_table'] = table
        ns['encoding_table'] = codecs.charmap_build(table)
    return ns
