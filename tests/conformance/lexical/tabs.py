# Tabs used for indentation.
def f(n):
	if n > 0:
		return "pos"
	else:
		return "nonpos"
print f(1), f(-1)
for i in range(2):
	for j in range(2):
		print i, j
class A:
	def m(self):
		return 42
print A().m()
if 1:
	x = 1
	y = 2
	print x + y
