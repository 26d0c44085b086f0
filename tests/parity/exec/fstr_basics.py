name, n, pi = 'World', 42, 3.14159
print(f'Hello {name}! n={n} pi={pi:.2f} expr={n * 2 + 1} call={len(name)}')
print(f'{name!r} {name!s} {"é"!a} {n:>5} {n:<5}| {n:^7}| {n:05d}')
print(f'{{braces}} {n}%', f'{"nested " + f"{n}"}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }')
