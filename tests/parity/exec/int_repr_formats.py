n = 1234567
print(bin(n), oct(n), hex(n), hex(-n), bin(0), hex(2**70))
print(f'{n:,}', f'{n:_}', f'{n:x}', f'{n:#X}', f'{n:o}', f'{n:b}', f'{n:_b}')
print(f'{n:>12}', f'{n:<12}|', f'{n:^12}|', f'{n:012}', f'{-n:012}', f'{n:+}', f'{n: }')
print(f'{n:e}', f'{n:.2e}', f'{n:f}', f'{n:%}', f'{65:c}', f'{n:n}', f'{n:=+12}')
