"""Reading ~/.netrc files (Python 2.7's netrc module): machine entries
with login/account/password, a default entry, and macdef macros."""

import os
import shlex
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a .netrc file, with where it happened."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


_ENTRY_ENDS = frozenset(['', 'machine', 'default', 'macdef'])


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            try:
                file = os.path.join(os.environ['HOME'], ".netrc")
            except KeyError:
                raise IOError("Could not find .netrc: $HOME is not set")
        self.hosts = {}
        self.macros = {}
        with open(file) as fp:
            self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        lexer = shlex.shlex(fp)
        lexer.wordchars += r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
        # '#' starts a comment only where a keyword could start
        lexer.commenters = lexer.commenters.replace('#', '')
        while True:
            line_before = lexer.lineno
            toplevel = tt = lexer.get_token()
            if not tt:
                break
            if tt[0] == '#':
                # unless the token ended the line, drop the rest of it
                if lexer.lineno == line_before:
                    lexer.instream.readline()
                continue
            if tt == 'machine':
                entryname = lexer.get_token()
            elif tt == 'default':
                entryname = 'default'
            elif tt == 'macdef':
                entryname = lexer.get_token()
                lines = self.macros[entryname] = []
                # a macro runs to the first empty line
                lexer.whitespace = ' \t'
                while True:
                    line = lexer.instream.readline()
                    if not line or line == '\n':
                        lexer.whitespace = ' \t\r\n'
                        break
                    lines.append(line)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lexer.lineno)
            login = ''
            account = password = None
            self.hosts[entryname] = {}
            while True:
                line_before = lexer.lineno
                tt = lexer.get_token()
                if tt.startswith('#') or tt in _ENTRY_ENDS:
                    if not password:
                        raise NetrcParseError("malformed %s entry %s terminated by %s"
                                              % (toplevel, entryname, repr(tt)),
                                              file, lexer.lineno)
                    self.hosts[entryname] = (login, account, password)
                    if tt.startswith('#'):
                        if lexer.lineno == line_before:
                            lexer.instream.readline()
                    else:
                        lexer.push_token(tt)
                    break
                elif tt == 'login' or tt == 'user':
                    login = lexer.get_token()
                elif tt == 'account':
                    account = lexer.get_token()
                elif tt == 'password':
                    if os.name == 'posix' and default_netrc:
                        self._check_private(file, lexer.lineno)
                    password = lexer.get_token()
                else:
                    raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)

    def _check_private(self, file, lineno):
        """A ~/.netrc holding passwords must be the user's own and closed
        to everyone else."""
        st = os.stat(file)
        if st.st_uid != os.getuid():
            import pwd
            try:
                owner = pwd.getpwuid(st.st_uid)[0]
            except (KeyError, ImportError):
                owner = 'uid %s' % st.st_uid
            try:
                user = pwd.getpwuid(os.getuid())[0]
            except (KeyError, ImportError):
                user = 'uid %s' % os.getuid()
            raise NetrcParseError("~/.netrc file owner (%s) does not match current user (%s)"
                                  % (owner, user), file, lineno)
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions "
                                  "must restrict access to only the owner", file, lineno)

    def authenticators(self, host):
        """(login, account, password) for host, else the default entry's,
        else None."""
        if host in self.hosts:
            return self.hosts[host]
        if 'default' in self.hosts:
            return self.hosts['default']
        return None

    def __repr__(self):
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append("machine %s\n\tlogin %s\n" % (host, login))
            if account:
                out.append("\taccount %s\n" % (account,))
            out.append("\tpassword %s\n" % (password,))
        for name, lines in self.macros.items():
            out.append("macdef %s\n" % name)
            out.extend(lines)
            out.append("\n")
        return ''.join(out)


if __name__ == '__main__':
    print netrc()
