import sys; f = open("_fwu_tmp.txt", "w"); f.write(u"abc\n"); f.close(); print repr(open("_fwu_tmp.txt").read())
try:
    open("_fwu_tmp.txt", "w").write(u"\xe9")
except UnicodeError as e:
    print type(e).__name__, e
import os; os.remove("_fwu_tmp.txt")
