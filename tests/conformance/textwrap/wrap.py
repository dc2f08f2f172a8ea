import textwrap
T = textwrap.TextWrapper
texts = ["Hello there, how are you this fine day?  I'm glad to hear it!",
 "this-is-a-useful-feature-for-reformatting-posts-from-tim-peters'ly",
 "Here's an -- em-dash and--here's another---and another! what--?",
 "foo-bar 1-2 a-1 ab-cd -x --long-option=value e.g.-- and/or x-y-z 9a-bc",
 "The quick brown fox.  Jumped over the lazy dog! \"Yes.\" he said? ok.",
 "Supercalifragilisticexpialidocious is a long word indeed, very long.",
 "tab\there\nnewline\x0bvt  spaces   many",
 "  leading and trailing   ",
 "--dashes at start and end--", "a--b c---d ,--x .--y x--", "hy-phen-at-end-"]
for t in texts:
    print repr(t)
    print ' ', T()._split(t)
    for w in (5, 10, 20, 40):
        print ' ', w, textwrap.wrap(t, w)
    print ' ', textwrap.wrap(t, 12, break_on_hyphens=False)
    print ' ', textwrap.wrap(t, 10, break_long_words=False, drop_whitespace=False)
    print ' ', textwrap.wrap(t, 30, fix_sentence_endings=True, replace_whitespace=False, expand_tabs=False)
    print ' ', repr(textwrap.fill(t, 16, initial_indent='* ', subsequent_indent='  | '))
try: textwrap.wrap("x", 0)
except ValueError as e: print e
print textwrap.wrap("", 10), textwrap.wrap("   ", 10)
for d in ["  a\n    b\n  c", "\ta\n\tb", "  a\n\tb", "  x\n\n   \n  y\n", "    a\n  \n      b", "no indent\n  yes", "   \t a\n   \t b\n   c"]:
    print repr(textwrap.dedent(d))
w = T(width=8, initial_indent='>>>>>>>>>>')
print w.wrap('abc def ghi')
