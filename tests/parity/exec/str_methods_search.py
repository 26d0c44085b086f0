s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.index('fox'), s.rindex('o'))
print(s.count('o'), s.count('the'), s.count(''), s.startswith('the'), s.endswith(('dog', 'cat')))
print(s.startswith('quick', 4), 'abc'.find('', 5), 'abc'.find('', 3))
try:
    s.index('cat')
except ValueError as e:
    print(e)
