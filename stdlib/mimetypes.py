"""Guessing a file's MIME type (and compression) from its name, and an
extension from a MIME type.  Tables come from the built-in list below
and from the system's mime.types files."""

import os
import sys
import posixpath
import re

__all__ = ["guess_type", "guess_extension", "guess_all_extensions",
           "add_type", "read_mime_types", "init"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

_scheme = re.compile('^([^/:]+):')


def _split_scheme(url):
    # ('scheme' lower-cased or None, the rest)
    mo = _scheme.match(url)
    if mo:
        return mo.group(1).lower(), url[mo.end():]
    return None, url


class MimeTypes:
    """A database of types: strict (official) and non-strict (common
    but unregistered) maps, both ways."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = encodings_map.copy()
        self.suffix_map = suffix_map.copy()
        # Index 0: non-strict, 1: strict.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in types_map.items():
            self.add_type(type, ext, True)
        for ext, type in common_types.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def _lookup(self, ext, strict):
        table = self.types_map[strict]
        if ext in table:
            return table[ext]
        return table.get(ext.lower())

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL, either possibly None.
        A data: URL gives its declared type."""
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            # data:[<type>][;base64],<data>
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            type = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = posixpath.splitext(url)
        while ext in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        found = self._lookup(ext, True)
        if found is None and not strict:
            found = self._lookup(ext, False)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        found = self.types_map_inv[True].get(type, [])
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        with open(filename) as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Reads lines 'type ext1 ext2 ...' (# starts a comment)."""
        for line in iter(fp.readline, ''):
            words = []
            for word in line.split():
                if word.startswith('#'):
                    break
                words.append(word)
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read outside Windows."""
        return


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Builds the module's database from the built-in tables and files
    (the known system files by default)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    db = MimeTypes()
    if files is None:
        files = knownfiles
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The strict extension map of one mime.types file, or None."""
    try:
        f = open(file)
    except IOError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


# type: extensions (mime.types layout)
_OFFICIAL = """
application/octet-stream a bin dll exe o obj so
application/postscript ai eps ps
audio/x-aiff aif aifc aiff
audio/basic au snd
video/x-msvideo avi
text/plain bat c h ksh pl txt
application/x-bcpio bcpio
image/x-ms-bmp bmp
application/x-netcdf cdf nc
application/x-cpio cpio
application/x-csh csh
text/css css
text/csv csv
application/msword doc dot wiz
application/x-dvi dvi
message/rfc822 eml mht mhtml nws
text/x-setext etx
image/gif gif
application/x-gtar gtar
application/x-hdf hdf
text/html htm html
image/vnd.microsoft.icon ico
image/ief ief
image/jpeg jpe jpeg jpg
application/javascript js mjs
application/json json
application/x-latex latex
video/mpeg m1v mpa mpe mpeg mpg
application/x-troff-man man
application/x-troff-me me
application/x-mif mif
video/quicktime mov qt
video/x-sgi-movie movie
audio/mpeg mp2 mp3
video/mp4 mp4
application/x-troff-ms ms
application/oda oda
application/x-pkcs12 p12 pfx
application/pkcs7-mime p7c
image/x-portable-bitmap pbm
application/pdf pdf
image/x-portable-graymap pgm
image/png png
image/x-portable-anymap pnm
application/vnd.ms-powerpoint pot ppa pps ppt pwz
image/x-portable-pixmap ppm
text/x-python py
application/x-python-code pyc pyo
audio/x-pn-realaudio ra
application/x-pn-realaudio ram
image/x-cmu-raster ras
application/xml rdf wsdl xpdl xsl
image/x-rgb rgb
application/x-troff roff t tr
text/richtext rtx
text/x-sgml sgm sgml
application/x-sh sh
application/x-shar shar
application/x-wais-source src
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
image/svg+xml svg
application/x-shockwave-flash swf
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
image/tiff tif tiff
text/tab-separated-values tsv
application/x-ustar ustar
text/x-vcard vcf
audio/x-wav wav
video/webm webm
image/x-xbitmap xbm
application/vnd.ms-excel xlb xls
text/xml xml
image/x-xpixmap xpm
image/x-xwindowdump xwd
application/zip zip
"""

_COMMON = """
image/jpg jpg
audio/midi mid midi
image/pict pct pic pict
application/rtf rtf
text/xul xul
"""


def _table(text):
    table = {}
    for line in text.strip().splitlines():
        words = line.split()
        for ext in words[1:]:
            table['.' + ext] = words[0]
    return table


def _default_mime_types():
    global suffix_map, encodings_map, types_map, common_types
    suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
                  '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
    encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                     '.xz': 'xz'}
    types_map = _table(_OFFICIAL)
    common_types = _table(_COMMON)


_default_mime_types()


def _main():
    import getopt
    usage_text = ("Usage: mimetypes.py [options] type\n\n"
                  "Options:\n"
                  "    --help / -h       -- print this message and exit\n"
                  "    --lenient / -l    -- additionally search of some common, but non-standard\n"
                  "                         types.\n"
                  "    --extension / -e  -- guess extension instead of type\n\n"
                  "More than one type argument may be given.\n")

    def usage(code, msg=''):
        print usage_text
        if msg:
            print msg
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle',
                                   ['help', 'lenient', 'extension'])
    except getopt.error, msg:
        usage(1, msg)
    strict, extension = 1, 0
    for opt, arg in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = 0
        elif opt in ('-e', '--extension'):
            extension = 1
    for gtype in args:
        if extension:
            guess = guess_extension(gtype, strict)
            if not guess:
                print "I don't know anything about type", gtype
            else:
                print guess
        else:
            guess, encoding = guess_type(gtype, strict)
            if not guess:
                print "I don't know anything about type", gtype
            else:
                print 'type:', guess, 'encoding:', encoding


if __name__ == '__main__':
    _main()
