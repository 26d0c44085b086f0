words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a', 'ä']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(max(words), min(words), 'a' * 3 < 'aaaa')
