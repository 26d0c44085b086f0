f'{f"{x}"}'
f"{f'{x}'}"
f'{f'{x}'}'
f"{f"{f"{x}"}"}"
f'{f'{f'{f'{f'{x}'}'}'}'}'
f'{x:{y:{z}}}'
f'{x:{y}{z}}'
f'{x:a{y}b{z}c}'
f'{"a" + f"{b}" + "c"}'
f'{[f"{i}" for i in range(3)]}'
f'{x!r:{f"{w}"}}'
f"{'\n'.join(lines)}"
f"{'\\'}"
f"{"\N{BULLET}"}"
f'{a}' f'{b}' f'{f"{c}"}'
f'{
    x
}'
f'{x  # comment
}'
f'{
    a
    +
    b
}'
