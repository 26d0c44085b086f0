x, y = 3, 'str'
print(f'{x=}', f'{x = }', f'{y=}', f'{x*2=}', f'{y=!s}', f'{x=:>4}', f'{x + 1 = }')
