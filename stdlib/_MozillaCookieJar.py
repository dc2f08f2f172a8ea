"""MozillaCookieJar: cookies saved in the tab-separated cookies.txt format
of Netscape and Mozilla browsers, curl and wget."""

import re
import time

from cookielib import (_warn_unhandled_exception, FileCookieJar, LoadError,
                       Cookie, MISSING_FILENAME_TEXT)


class MozillaCookieJar(FileCookieJar):
    """Saves and loads cookies.txt files: one cookie a line, as domain,
    domain flag, path, secure flag, expiry, name and value. The format
    loses RFC 2965 attributes (port, comment, version)."""

    magic_re = "#( Netscape)? HTTP Cookie File"
    header = ("# Netscape HTTP Cookie File\n"
              "# Written by cookielib; each line: domain, subdomains, path, "
              "secure, expires, name, value.\n\n")

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        magic = f.readline()
        if not re.search(self.magic_re, magic):
            f.close()
            raise LoadError("%r does not look like a Netscape format cookies "
                            "file" % filename)
        line = ""
        try:
            while True:
                line = f.readline()
                if line == "":
                    break
                if line.endswith("\n"):
                    line = line[:-1]
                stripped = line.strip()
                if stripped.startswith(("#", "$")) or stripped == "":
                    continue
                (domain, domain_specified, path, secure, expires, name,
                 value) = line.split("\t")
                secure = (secure == "TRUE")
                domain_specified = (domain_specified == "TRUE")
                if name == "":
                    # a cookie with no value is written with an empty name
                    name = value
                    value = None
                initial_dot = domain.startswith(".")
                assert domain_specified == initial_dot
                discard = False
                if expires == "":
                    expires = None
                    discard = True
                c = Cookie(0, name, value,
                           None, False,
                           domain, domain_specified, initial_dot,
                           path, False,
                           secure,
                           expires,
                           discard,
                           None,
                           None,
                           {})
                if not ignore_discard and c.discard:
                    continue
                if not ignore_expires and c.is_expired(now):
                    continue
                self.set_cookie(c)
        except IOError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Netscape format cookies file %r: %r" %
                            (filename, line))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        if filename is None:
            if self.filename is not None:
                filename = self.filename
            else:
                raise ValueError(MISSING_FILENAME_TEXT)
        f = open(filename, "w")
        try:
            f.write(self.header)
            now = time.time()
            for cookie in self:
                if not ignore_discard and cookie.discard:
                    continue
                if not ignore_expires and cookie.is_expired(now):
                    continue
                if cookie.expires is not None:
                    expires = str(cookie.expires)
                else:
                    expires = ""
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                f.write("\t".join([cookie.domain,
                                   cookie.domain.startswith(".") and "TRUE" or "FALSE",
                                   cookie.path,
                                   cookie.secure and "TRUE" or "FALSE",
                                   expires, name, value]) + "\n")
        finally:
            f.close()
