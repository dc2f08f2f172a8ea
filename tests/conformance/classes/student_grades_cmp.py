# Student records sorted with __cmp__, grade distribution and statistics.
class Student(object):
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores
    def average(self):
        return float(sum(self.scores)) / len(self.scores) if self.scores else 0.0
    def grade(self):
        avg = self.average()
        for cutoff, letter in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
            if avg >= cutoff:
                return letter
        return 'F'
    def __cmp__(self, other):
        return cmp(other.average(), self.average()) or cmp(self.name, other.name)
    def __str__(self):
        return '%-8s avg=%6.2f grade=%s' % (self.name, self.average(), self.grade())
roster = [Student('Ann', [95, 88, 92]), Student('Ben', [72, 65, 80]), Student('Cal', []),
          Student('Dee', [88, 91, 79]), Student('Eve', [59, 61, 58]), Student('Fay', [95, 92, 88])]
for s in sorted(roster):
    print s
dist = {}
for s in roster:
    dist.setdefault(s.grade(), []).append(s.name)
for g in 'ABCDF':
    print g, ':', ', '.join(sorted(dist.get(g, []))) or '-'
best = max(roster, key=Student.average)
print 'best:', best.name, '%.1f' % best.average()
print 'class avg: %.3f' % (sum(s.average() for s in roster) / len(roster))
all_scores = [x for s in roster for x in s.scores]
print len(all_scores), min(all_scores), max(all_scores), sorted(all_scores)[len(all_scores) // 2]
mean = sum(all_scores) / float(len(all_scores))
var = sum((x - mean) ** 2 for x in all_scores) / len(all_scores)
print 'mean %.4f var %.4f std %.4f' % (mean, var, var ** 0.5)
hist = [0] * 5
for x in all_scores:
    hist[min((x - 50) // 10, 4)] += 1
for i, h in enumerate(hist):
    print '%d-%d: %s' % (50 + i * 10, 59 + i * 10, '*' * h)
print Student('Zed', [100]) < Student('Amy', [50]), Student('A', [1]) == Student('A', [1])
