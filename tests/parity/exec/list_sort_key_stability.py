data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data))
print(sorted(data, key=lambda p: (-p[1], p[0])))
words = 'the Quick brown FOX jumps'.split()
words.sort(key=str.lower)
print(words)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted({3: 'a', 1: 'b'}))
