# A comprehension 'if' with no condition.
x = [i for i in range(3) if]
