"""Helpers over the abstract syntax tree of _ast: parsing, dumping,
walking and editing trees, and evaluating literals safely."""

from _ast import *

__version__ = '82160'


def parse(source, filename='<unknown>', mode='exec'):
    """The tree of `source`, as compile(..., PyCF_ONLY_AST) gives it."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


_LITERAL_NAMES = {'None': None, 'True': True, 'False': False}


def _literal(node):
    if isinstance(node, Str):
        return node.s
    if isinstance(node, Num):
        return node.n
    if isinstance(node, (Tuple, List)):
        items = [_literal(e) for e in node.elts]
        return tuple(items) if isinstance(node, Tuple) else items
    if isinstance(node, Dict):
        return dict((_literal(k), _literal(v)) for k, v in zip(node.keys, node.values))
    if isinstance(node, Name) and node.id in _LITERAL_NAMES:
        return _LITERAL_NAMES[node.id]
    # A complex literal is written as a real number plus or minus an imaginary one.
    if (isinstance(node, BinOp) and isinstance(node.op, (Add, Sub))
            and isinstance(node.left, Num) and isinstance(node.right, Num)
            and isinstance(node.left.n, (int, long, float)) and isinstance(node.right.n, complex)):
        if isinstance(node.op, Add):
            return node.left.n + node.right.n
        return node.left.n - node.right.n
    raise ValueError('malformed string')


def literal_eval(node_or_string):
    """The value of a literal (strings, numbers, tuples, lists, dicts,
    booleans and None), given as source text or as a tree."""
    node = node_or_string
    if isinstance(node, basestring):
        node = parse(node, mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def dump(node, annotate_fields=True, include_attributes=False):
    """A one-line text form of the tree, for debugging."""
    def show(n):
        if isinstance(n, list):
            return '[%s]' % ', '.join(show(x) for x in n)
        if not isinstance(n, AST):
            return repr(n)
        parts = []
        for name, value in iter_fields(n):
            text = show(value)
            parts.append('%s=%s' % (name, text) if annotate_fields else text)
        if include_attributes and n._attributes:
            for a in n._attributes:
                if hasattr(n, a):
                    text = show(getattr(n, a))
                    parts.append('%s=%s' % (a, text) if annotate_fields else text)
        return '%s(%s)' % (n.__class__.__name__, ', '.join(parts))
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return show(node)


def copy_location(new_node, old_node):
    """Gives `new_node` the position of `old_node`; returns `new_node`."""
    for a in ('lineno', 'col_offset'):
        if a in old_node._attributes and a in new_node._attributes and hasattr(old_node, a):
            setattr(new_node, a, getattr(old_node, a))
    return new_node


def fix_missing_locations(node):
    """Fills in missing positions from the parent's, starting at 1, 0."""
    def visit(n, line, col):
        if 'lineno' in n._attributes:
            if hasattr(n, 'lineno'):
                line = n.lineno
            else:
                n.lineno = line
        if 'col_offset' in n._attributes:
            if hasattr(n, 'col_offset'):
                col = n.col_offset
            else:
                n.col_offset = col
        for child in iter_child_nodes(n):
            visit(child, line, col)
    visit(node, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves every node of the tree down `n` lines; returns `node`."""
    for child in walk(node):
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field the node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly below `node`, fields and lists in order."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if body and isinstance(body[0], Expr) and isinstance(body[0].value, Str):
        text = body[0].value.s
        if clean:
            import inspect
            text = inspect.cleandoc(text)
        return text
    return None


def walk(node):
    """Every node of the tree (breadth first, `node` first), in no set order."""
    from collections import deque
    pending = deque([node])
    while pending:
        n = pending.popleft()
        pending.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Calls visit_<ClassName>(node) for each node it is given, or
    generic_visit, which visits the children."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A visitor whose visit methods return the node to put in place of
    the one visited: None removes it, a list (in a list field) splices."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node
