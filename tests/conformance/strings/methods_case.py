# Case conversion and character class predicates.
for s in ['hello World', 'ABC def', 'x', '', "they're bill's friends", '3rd place', 'mIxEd CaSe 42']:
    print repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase()
for s in ['123', 'abc', 'abc123', '   ', '\t\n', 'ABC', 'abc', 'Abc', '', 'a b', '12.5', 'ABC1', 'abc!', 'Title Case', 'not Title']:
    print repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle()
