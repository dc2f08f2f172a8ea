"""Iterating over the parts of a message tree and the lines of its bodies."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys
from cStringIO import StringIO


def walk(self):
    """The message and every part below it, depth first."""
    yield self
    if self.is_multipart():
        for part in self.get_payload():
            for inner in part.walk():
                yield inner


def body_line_iterator(msg, decode=False):
    """The lines of every string payload in the tree."""
    for part in msg.walk():
        body = part.get_payload(decode=decode)
        if isinstance(body, basestring):
            for line in StringIO(body):
                yield line


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts whose content type matches maintype (and subtype)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Prints the content-type tree, indented four spaces per level."""
    if fp is None:
        fp = sys.stdout
    line = ' ' * (4 * level) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    fp.write(line + '\n')
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, fp, level + 1, include_default)
