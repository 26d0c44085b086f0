width, prec, val = 10, 3, 3.14159265
print(f'{val:{width}.{prec}f}|', f'{val:>{width}}|', f'{"x":{"*"}^{width}}')
fill = '#'
print(f'{"mid":{fill}^11}')
