print(abs(-3), abs(2.5), abs(-3 + 4j), round(3.14159, 3), divmod(17, 5), pow(2, 8))
print(bin(10), oct(10), hex(10), chr(97), ord('a'), ascii('ñ'), repr('ñ'))
print(int('ff', 16), float('3.5'), complex(2, 3), bool([]), str(12), list('ab'), tuple([1]))
