"""INI-style configuration files (Python 2.7's ConfigParser).

Written for minipy from the documented behaviour of 2.7. Three parsers:
RawConfigParser (no interpolation), ConfigParser ('%(name)s' substituted
repeatedly, up to MAX_INTERPOLATION_DEPTH) and SafeConfigParser (one
recursive pass, '%%' for a percent sign, values checked when set).

A file is read into one ordered dict per section; lines indented under an
option continue its value; '#' and ';' start comment lines, and ';' after
whitespace ends a value. The DEFAULT section supplies every other section.
"""

import re
import UserDict as _UserDict

try:
    from collections import OrderedDict as _default_dict
except ImportError:
    _default_dict = dict

__all__ = ["NoSectionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError",
           "InterpolationSyntaxError", "ParsingError",
           "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"

MAX_INTERPOLATION_DEPTH = 10


# ----- errors -----

class Error(Exception):
    """The base of this module's errors; str() and repr() are the message."""

    # BaseException.message is deprecated in 2.6+; these errors keep their own.
    def _get_message(self):
        return self.__message

    def _set_message(self, value):
        self.__message = value

    message = property(_get_message, _set_message)

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, "Section %r already exists" % section)
        self.section = section
        self.args = (section,)


class NoOptionError(Error):
    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution:\n\tsection: [%s]\n\toption : %s\n"
                "\tkey    : %s\n\trawval : %s\n" % (section, option, reference, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        text = ("Value interpolation too deeply recursive:\n\tsection: [%s]\n"
                "\toption : %s\n\trawval : %s\n" % (section, option, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    def __init__(self, filename):
        Error.__init__(self, 'File contains parsing errors: %s' % filename)
        self.filename = filename
        self.errors = []
        self.args = (filename,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %s, line: %d\n%r'
                       % (filename, lineno, line))
        self.filename = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class _Chainmap(_UserDict.DictMixin):
    """Lookups through several dicts in turn (the vars, the section, the
    defaults), as one read-only mapping for '%' interpolation."""

    def __init__(self, *maps):
        self._maps = maps

    def __getitem__(self, key):
        for m in self._maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def keys(self):
        seen = []
        known = set()
        for m in self._maps:
            for k in m:
                if k not in known:
                    known.add(k)
                    seen.append(k)
        return seen


# ----- the parsers -----

class RawConfigParser(object):
    """Sections of options; values are returned as written."""

    SECTCRE = re.compile(r'\[(?P<header>[^]]+)\]')
    OPTCRE = re.compile(r'(?P<option>[^:=\s][^:=]*)\s*(?P<vi>[:=])\s*(?P<value>.*)$')
    OPTCRE_NV = re.compile(r'(?P<option>[^:=\s][^:=]*)\s*(?:(?P<vi>[:=])\s*(?P<value>.*))?$')

    _boolean_states = {'1': True, 'yes': True, 'true': True, 'on': True,
                       '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        if defaults:
            for key, value in defaults.items():
                self._defaults[self.optionxform(key)] = value

    def optionxform(self, optionstr):
        return optionstr.lower()

    # sections

    def defaults(self):
        return self._defaults

    def sections(self):
        return self._sections.keys()

    def add_section(self, section):
        if section.lower() == "default":
            raise ValueError('Invalid section name: %s' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()

    def has_section(self, section):
        return section in self._sections

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        return True

    def _section_for_update(self, section):
        # '' and DEFAULT name the defaults.
        if not section or section == DEFAULTSECT:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    # options

    def options(self, section):
        if section not in self._sections:
            raise NoSectionError(section)
        names = self._sections[section].copy()
        names.update(self._defaults)
        names.pop('__name__', None)
        return names.keys()

    def has_option(self, section, option):
        option = self.optionxform(option)
        if not section or section == DEFAULTSECT:
            return option in self._defaults
        if section not in self._sections:
            return False
        return option in self._sections[section] or option in self._defaults

    def get(self, section, option):
        key = self.optionxform(option)
        if section in self._sections and key in self._sections[section]:
            return self._sections[section][key]
        if section not in self._sections and section != DEFAULTSECT:
            raise NoSectionError(section)
        if key in self._defaults:
            return self._defaults[key]
        raise NoOptionError(option, section)

    def items(self, section):
        if section in self._sections:
            own = self._sections[section]
        elif section == DEFAULTSECT:
            own = self._dict()
        else:
            raise NoSectionError(section)
        merged = self._defaults.copy()
        merged.update(own)
        merged.pop('__name__', None)
        return merged.items()

    def getint(self, section, option):
        return int(self.get(section, option))

    def getfloat(self, section, option):
        return float(self.get(section, option))

    def getboolean(self, section, option):
        text = self.get(section, option)
        if text.lower() not in self._boolean_states:
            raise ValueError('Not a boolean: %s' % text)
        return self._boolean_states[text.lower()]

    def set(self, section, option, value=None):
        self._section_for_update(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        options = self._section_for_update(section)
        key = self.optionxform(option)
        if key not in options:
            return False
        del options[key]
        return True

    # files

    def read(self, filenames):
        """Read each file that can be opened; return the names read."""
        if isinstance(filenames, basestring):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                f = open(name)
            except IOError:
                continue
            try:
                self._read(f, name)
            finally:
                f.close()
            done.append(name)
        return done

    def readfp(self, fp, filename=None):
        if filename is None:
            filename = getattr(fp, 'name', '<???>')
        self._read(fp, filename)

    def write(self, fp):
        def line(key, value):
            return "%s = %s\n" % (key, str(value).replace('\n', '\n\t'))
        if self._defaults:
            fp.write("[%s]\n" % DEFAULTSECT)
            for key, value in self._defaults.items():
                fp.write(line(key, value))
            fp.write("\n")
        for section in self._sections:
            fp.write("[%s]\n" % section)
            for key, value in self._sections[section].items():
                if key == "__name__":
                    continue
                if value is None and self._optcre is not self.OPTCRE:
                    fp.write("%s\n" % key)
                else:
                    fp.write(line(key, value))
            fp.write("\n")

    def _read(self, fp, fpname):
        section = None      # the dict options go to
        option = None       # the option a continuation line extends
        errors = None
        lineno = 0
        for line in iter(fp.readline, ''):
            lineno += 1
            if not line.strip() or line[0] in '#;':
                continue
            if line[0] in 'rR' and line.split(None, 1)[0].lower() == 'rem':
                continue    # a 'REM' comment line
            if line[0].isspace() and section is not None and option:
                more = line.strip()
                if more:
                    section[option].append(more)
                continue
            header = self.SECTCRE.match(line)
            if header:
                name = header.group('header')
                if name in self._sections:
                    section = self._sections[name]
                elif name == DEFAULTSECT:
                    section = self._defaults
                else:
                    section = self._dict()
                    section['__name__'] = name
                    self._sections[name] = section
                option = None
                continue
            if section is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            found = self._optcre.match(line)
            if not found:
                if errors is None:
                    errors = ParsingError(fpname)
                errors.append(lineno, repr(line))
                continue
            option, sep, value = found.group('option', 'vi', 'value')
            option = self.optionxform(option.rstrip())
            if value is None:
                section[option] = None
                continue
            if sep in ('=', ':') and ';' in value:
                cut = value.find(';')
                if value[cut - 1].isspace():
                    value = value[:cut]
            value = value.strip()
            if value == '""':
                value = ''
            section[option] = [value]
        if errors is not None:
            raise errors
        # Continuation lines were collected in lists: join them.
        for options in [self._defaults] + list(self._sections.values()):
            for name, value in options.items():
                if isinstance(value, list):
                    options[name] = '\n'.join(value)


class ConfigParser(RawConfigParser):
    """Values may refer to other options of their section (or DEFAULT) as
    '%(name)s'; substitution repeats until none is left."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def _lookup_map(self, section, vars):
        if section in self._sections:
            own = self._sections[section]
        elif section == DEFAULTSECT:
            own = {}
        else:
            raise NoSectionError(section)
        extra = {}
        for key, value in (vars or {}).items():
            extra[self.optionxform(key)] = value
        return _Chainmap(extra, own, self._defaults)

    def get(self, section, option, raw=False, vars=None):
        names = self._lookup_map(section, vars)
        key = self.optionxform(option)
        try:
            value = names[key]
        except KeyError:
            raise NoOptionError(key, section)
        if raw or value is None:
            return value
        return self._interpolate(section, key, value, names)

    def items(self, section, raw=False, vars=None):
        merged = self._defaults.copy()
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != DEFAULTSECT:
            raise NoSectionError(section)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        keys = [k for k in merged.keys() if k != '__name__']
        if raw:
            return [(k, merged[k]) for k in keys]
        return [(k, self._interpolate(section, k, merged[k], merged)) for k in keys]

    def _normalize_key(self, match):
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % self.optionxform(name)

    def _interpolate(self, section, option, rawval, vars):
        value = rawval
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                return value
            value = self._KEYCRE.sub(self._normalize_key, value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(option, section, rawval, e.args[0])
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value


class SafeConfigParser(ConfigParser):
    """'%(name)s' references are expanded once, recursively; '%%' is a
    percent sign and any other '%' is an error, both when read and when set."""

    _interpvar_re = re.compile(r"%\(([^)]+)\)s")

    def _interpolate(self, section, option, rawval, vars):
        out = []
        self._expand(option, out, rawval, section, vars, 1)
        return ''.join(out)

    def _expand(self, option, out, rest, section, names, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rest)
        while rest:
            at = rest.find("%")
            if at < 0:
                out.append(rest)
                return
            out.append(rest[:at])
            rest = rest[at:]
            after = rest[1:2]
            if after == "%":
                out.append("%")
                rest = rest[2:]
                continue
            if after != "(":
                raise InterpolationSyntaxError(
                    option, section, "'%%' must be followed by '%%' or '(', found: %r" % (rest,))
            ref = self._interpvar_re.match(rest)
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % rest)
            name = self.optionxform(ref.group(1))
            rest = rest[ref.end():]
            try:
                value = names[name]
            except KeyError:
                raise InterpolationMissingOptionError(option, section, rest, name)
            if "%" in value:
                self._expand(option, out, value, section, names, depth + 1)
            else:
                out.append(value)

    def set(self, section, option, value=None):
        # None is the one non-string value, and only with allow_no_value.
        if self._optcre is self.OPTCRE or value:
            if not isinstance(value, basestring):
                raise TypeError("option values must be strings")
        if value is not None:
            leftover = self._interpvar_re.sub('', value.replace('%%', ''))
            if '%' in leftover:
                raise ValueError("invalid interpolation syntax in %r at position %d"
                                 % (value, leftover.find('%')))
        ConfigParser.set(self, section, option, value)
