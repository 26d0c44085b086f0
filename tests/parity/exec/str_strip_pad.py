print(repr('  hi  '.strip()), repr('xxhixx'.strip('x')), repr('  hi'.lstrip()), repr('hi  '.rstrip()))
print('abc'.center(9, '*'), 'abc'.ljust(6, '.'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4))
print('prefix_name'.removeprefix('prefix_'), 'file.py'.removesuffix('.py'), 'x'.removeprefix('y'))
print('a\tb\tc'.expandtabs(4), repr('12\t3'.expandtabs()))
