# type.__new__ refuses bad bases and bad __slots__ with CPython's messages.
import types


def t(src):
    try:
        exec src in {'types': types}
        print 'ok'
    except Exception as e:
        print type(e).__name__, e


t("class A(bool): pass")
t("class A(type(None)): pass")
t("class A(object, types.NoneType): pass")
t("class A(int, str): pass")
t("class A(list, dict): pass")
t("class A(type(len)): pass")
t("class A(types.FunctionType): pass")
t("class A(types.MethodType): pass")
t("class A(types.GeneratorType): pass")
t("class A(xrange): pass")
t("class A(slice): pass")
t("class A(type(iter([]))): pass")
t("class A(type(NotImplemented)): pass")
t("class A(types.ModuleType, str): pass")
t("class A(object): __slots__=['1a']")
t("class A(object): __slots__=['a b']")
t("class A(object): __slots__=''")
t("class A(object): __slots__=[1]")
t("class A(object): __slots__=['__dict__','__dict__']")
t("class A(object): __slots__=['__weakref__','__weakref__']")
t("class A(object): __slots__=['a']\nclass B(A): __slots__=['__dict__']\nclass C(B): __slots__=['__dict__']")
t("class A(object): pass\nclass B(A): __slots__=['__dict__']")
t("class A(long): __slots__=['a']")
t("class A(str): __slots__=['a']")
t("class A(tuple): __slots__=['a']")
t("class A(type): __slots__=['a']")
t("class A(str): __slots__=['__weakref__']")
t("class A(str): __slots__=()")
t("class A(int): __slots__=['a']")
t("class A(object): __slots__=['a']\nclass B(object): __slots__=['b']\nclass C(A,B): pass")
t("class A(object): __slots__=['a']\nclass B(object): pass\nclass C(A,B): pass")
t("class A(Exception, int): pass")
t("class A(KeyError, ValueError): pass")
t("class A(KeyError, EnvironmentError): pass")
t("class A(SyntaxError, EnvironmentError): pass")
t("class A(staticmethod): pass\nclass B(property): pass\nclass C(super): pass")
t("class A(classmethod, property): pass")
t("class M1(type): pass\nclass M2(type): pass\nclass A(object): __metaclass__ = M1\nclass B(object): __metaclass__ = M2\nclass C(A, B): pass")
t("object.__new__(int)")
t("object.__new__(list)")
t("class B(int): pass\nobject.__new__(B)")
t("object.__new__(ValueError)")
t("object.__new__(1)")
t("class A(object): pass\nobject.__new__(A, 5)")
t("class A(object): pass\nobject.__init__(A(), 5)")
t("class A(object):\n def __init__(self, x): pass\nobject.__new__(A, 5)\nobject.__init__(A(1), 5)")
t("class A(object):\n def __new__(cls, x): return object.__new__(cls)\nobject.__new__(A, 5)")
t("class A(object):\n def __new__(cls, x): return object.__new__(cls)\nobject.__init__(A(1), 5)")
