# `global` in nested scopes: a class body declaring a name global that is a
# parameter of the enclosing function, methods seeing through such a class,
# functions whose `global` hides an outer function's variable from their
# inner functions, and eval/exec of code objects with free variables.

x = 'module x'


def class_global_assigns(x):
    class C:
        global x
        x = 'set by class body'
        seen = x
    return C.seen


print class_global_assigns(1)
print x
x = 'module x'


def method_sees_function_param(x):
    class C:
        global x

        def m(self):
            return x
        in_body = x
    return C().m(), C.in_body


print method_sees_function_param('param x')


def class_local_and_method(x):
    class C:
        x = 'class attribute'

        def m(self):
            return x
    return C().m(), C.x


print class_local_and_method('param x')


def outer_then_global():
    x = 'outer local'

    def g():
        global x

        def i():
            def h():
                return x
            return h()
        return i()
    return g()


print outer_then_global()


def outer_then_local():
    x = 'outer local'

    def g():
        x = 'g local'

        def i():
            def h():
                return x
            return h()
        return i()
    return g()


print outer_then_local()


def outer_global_assigned():
    x = 'outer local'

    def g():
        global x
        x = 'assigned through g'

        def i():
            return x
        return i()
    return g()


print outer_global_assigned()
print x


def nested_classes(y):
    class A:
        global y

        class B:
            def m(self):
                return y
    return A.B().m()


y = 'module y'
print nested_classes('param y')


def free_code():
    z = 3
    return (lambda: z + 1).func_code


for what in ('eval', 'exec'):
    try:
        if what == 'eval':
            eval(free_code())
        else:
            exec free_code() in {}
    except TypeError as e:
        print what, 'TypeError:', e
