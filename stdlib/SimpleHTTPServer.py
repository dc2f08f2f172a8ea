"""A file server over BaseHTTPServer, as Python 2.7's SimpleHTTPServer:
GET and HEAD answer with the files under the current directory (a
directory gets its index.html, or a generated listing).
"""

__version__ = "0.6"

__all__ = ["SimpleHTTPRequestHandler"]

import os
import sys
import shutil
import urllib
import urlparse
import BaseHTTPServer
from StringIO import StringIO


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SimpleHTTPRequestHandler(BaseHTTPServer.BaseHTTPRequestHandler):
    """Serves the files of the current directory."""

    server_version = "SimpleHTTP/" + __version__

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Sends the status and headers; returns the open file to copy (or None)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urlparse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                # a directory is served under its name with a trailing slash
                self.send_response(301)
                self.send_header("Location", urlparse.urlunsplit(
                    (parts[0], parts[1], parts[2] + '/', parts[3], parts[4])))
                self.end_headers()
                return None
            for index in ("index.html", "index.htm"):
                candidate = os.path.join(path, index)
                if os.path.exists(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        try:
            f = open(path, 'rb')
        except IOError:
            self.send_error(404, "File not found")
            return None
        try:
            self.send_response(200)
            self.send_header("Content-type", ctype)
            st = os.stat(path)   # (minipy files have no OS-level fileno)
            self.send_header("Content-Length", str(st.st_size))
            self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        """An HTML page listing the directory (as a file to copy)."""
        try:
            names = os.listdir(path)
        except os.error:
            self.send_error(404, "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        shown = _escape(urllib.unquote(self.path))
        lines = ['<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">',
                 "<html>\n<title>Directory listing for %s</title>" % shown,
                 "<body>\n<h2>Directory listing for %s</h2>" % shown,
                 "<hr>\n<ul>"]
        for name in names:
            full = os.path.join(path, name)
            display = link = name
            if os.path.isdir(full):
                display = name + "/"
                link = name + "/"
            if os.path.islink(full):
                display = name + "@"
            lines.append('<li><a href="%s">%s</a>' % (urllib.quote(link), _escape(display)))
        lines.append("</ul>\n<hr>\n</body>\n</html>\n")
        body = "\n".join(lines)
        encoding = sys.getfilesystemencoding() if hasattr(sys, 'getfilesystemencoding') else 'utf-8'
        self.send_response(200)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return StringIO(body)

    def translate_path(self, path):
        """The local file a URL path names, under the current directory."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        path = os.path.normpath(urllib.unquote(path))
        result = os.getcwd()
        for word in path.split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if trailing_slash:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-Type for path, from its extension."""
        base, ext = os.path.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        return self.extensions_map['']

    extensions_map = {
        '': 'application/octet-stream',
        '.py': 'text/plain', '.c': 'text/plain', '.h': 'text/plain',
        '.txt': 'text/plain', '.html': 'text/html', '.htm': 'text/html',
        '.css': 'text/css', '.js': 'application/javascript',
        '.json': 'application/json', '.xml': 'text/xml', '.csv': 'text/csv',
        '.png': 'image/png', '.gif': 'image/gif', '.jpg': 'image/jpeg',
        '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.ico': 'image/vnd.microsoft.icon',
        '.pdf': 'application/pdf', '.zip': 'application/zip',
        '.tar': 'application/x-tar', '.gz': 'application/gzip',
    }


def test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=BaseHTTPServer.HTTPServer):
    BaseHTTPServer.test(HandlerClass, ServerClass)


if __name__ == '__main__':
    test()
