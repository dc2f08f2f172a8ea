# Generator pipelines.
def read_lines():
    for line in ['# comment', 'alpha 3', '', 'beta 5', 'gamma x', 'delta 2']:
        yield line
def non_blank(lines):
    for l in lines:
        if l and not l.startswith('#'):
            yield l
def parse(lines):
    for l in lines:
        name, _, val = l.partition(' ')
        try:
            yield name, int(val)
        except ValueError:
            print 'skipping bad line:', l
pipeline = parse(non_blank(read_lines()))
records = list(pipeline)
print records
print sum(v for _, v in records)
def batches(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print list(batches(range(7), 3))
def enumerate_gen(it, start=0):
    i = start
    for x in it:
        yield i, x
        i += 1
print list(enumerate_gen('abc', 1))
print map(None, (x for x in 'ab')) if False else list(x.upper() for x in 'ab')
