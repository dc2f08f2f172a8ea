# Found by the fuzzer (a mutated control_flow/while_loops.py hung): builtin
# methods that take no keyword arguments ignored them in minipy, so the
# program went on into a 2**63-step loop instead of stopping on TypeError.
L = []
for label, f in [('append', lambda: L.append(1, maxsize=2)), ('pop', lambda: L.pop(x=0)),
                 ('extend', lambda: L.extend([], bogus=1)), ('count', lambda: L.count(1, key=2)),
                 ('str.upper', lambda: 'a'.upper(x=1)), ('dict.get', lambda: {}.get(1, default=2))]:
    try:
        r = f()
        print label, r
    except TypeError as e:
        print label, 'TypeError:', e
print L
