# Assignment to a function call.
f() = 3
