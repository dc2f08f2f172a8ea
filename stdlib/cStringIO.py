from StringIO import StringIO
