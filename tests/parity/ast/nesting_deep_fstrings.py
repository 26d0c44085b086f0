a = f'{f'{f'{f'{f'{f'{f'{f'{x}'}'}'}'}'}'}'}'
b = f'{x:{y:{z}}}'
c = f"{'a' if x else f'{y:>{w}}'}"
