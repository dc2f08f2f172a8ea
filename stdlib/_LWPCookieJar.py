"""LWPCookieJar: cookies saved as libwww-perl's Set-Cookie3 lines, which
keep every attribute of a cookie."""

import re
import time

from cookielib import (_warn_unhandled_exception, FileCookieJar, LoadError,
                       Cookie, MISSING_FILENAME_TEXT,
                       join_header_words, split_header_words,
                       iso2time, time2isoz)


def lwp_cookie_str(cookie):
    """A cookie as the text of a Set-Cookie3 line."""
    pairs = [(cookie.name, cookie.value),
             ("path", cookie.path),
             ("domain", cookie.domain)]
    if cookie.port is not None:
        pairs.append(("port", cookie.port))
    for flag, key in ((cookie.path_specified, "path_spec"),
                      (cookie.port_specified, "port_spec"),
                      (cookie.domain_initial_dot, "domain_dot"),
                      (cookie.secure, "secure")):
        if flag:
            pairs.append((key, None))
    if cookie.expires:
        pairs.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(("discard", None))
    if cookie.comment:
        pairs.append(("comment", cookie.comment))
    if cookie.comment_url:
        pairs.append(("commenturl", cookie.comment_url))
    for k in sorted(cookie._rest.keys()):
        pairs.append((k, str(cookie._rest[k])))
    pairs.append(("version", str(cookie.version)))
    return join_header_words([pairs])


_BOOLEAN = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
_VALUED = ("version", "port", "path", "domain", "expires", "comment", "commenturl")


class LWPCookieJar(FileCookieJar):
    """Saves and loads cookies in the Set-Cookie3 format of libwww-perl."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The cookies as Set-Cookie3 lines."""
        now = time.time()
        lines = []
        for cookie in self:
            if not ignore_discard and cookie.discard:
                continue
            if not ignore_expires and cookie.is_expired(now):
                continue
            lines.append("Set-Cookie3: %s" % lwp_cookie_str(cookie))
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError(MISSING_FILENAME_TEXT)
        f = open(filename, "w")
        try:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))
        finally:
            f.close()

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        magic = f.readline()
        if not re.search(self.magic_re, magic):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) format "
                            "file" % filename)
        now = time.time()
        header = "Set-Cookie3:"
        line = ""
        try:
            while True:
                line = f.readline()
                if line == "":
                    break
                if not line.startswith(header):
                    continue
                line = line[len(header):].strip()
                for data in split_header_words([line]):
                    name, value = data[0]
                    standard = dict.fromkeys(_BOOLEAN, False)
                    rest = {}
                    for k, v in data[1:]:
                        lc = k.lower() if k is not None else None
                        if lc in _VALUED or lc in _BOOLEAN:
                            k = lc
                        if k in _BOOLEAN:
                            standard[k] = True if v is None else v
                        elif k in _VALUED:
                            standard[k] = v
                        else:
                            rest[k] = v
                    get = standard.get
                    expires = get("expires")
                    discard = get("discard")
                    if expires is not None:
                        expires = iso2time(expires)
                    if expires is None:
                        discard = True
                    domain = get("domain")
                    c = Cookie(get("version"), name, value,
                               get("port"), get("port_spec"),
                               domain, domain.startswith("."), get("domain_dot"),
                               get("path"), get("path_spec"),
                               get("secure"),
                               expires,
                               discard,
                               get("comment"),
                               get("commenturl"),
                               rest)
                    if not ignore_discard and c.discard:
                        continue
                    if not ignore_expires and c.is_expired(now):
                        continue
                    self.set_cookie(c)
        except IOError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Set-Cookie3 format file %r: %r" %
                            (filename, line))
