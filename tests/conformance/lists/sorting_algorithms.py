# Classic sorting algorithms (bubble, insertion, merge, quick) and sorted() options.
def bubble_sort(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(0, n - i - 1):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion_sort(a):
    a = a[:]
    for i in xrange(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) / 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot = a[0]
    return quick_sort([x for x in a[1:] if x < pivot]) + [pivot] + quick_sort([x for x in a[1:] if x >= pivot])

data = [38, 27, 43, 3, 9, 82, 10, -5, 0, 3L, 2.5]
for fn in (bubble_sort, insertion_sort, merge_sort, quick_sort):
    print "%-15s %s" % (fn.__name__, fn(data))
print sorted(data, reverse=True)
print sorted(["banana", "Apple", "cherry"], key=str.lower)
print sorted(["banana", "Apple", "cherry"], cmp=lambda a, b: cmp(len(a), len(b)))
