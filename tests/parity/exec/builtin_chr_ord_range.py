print(''.join(chr(c) for c in range(65, 91)), [ord(c) for c in 'AZaz09'])
print(chr(0x10FFFF) == '\U0010ffff', len(chr(0x10FFFF)))
