items = ['a', 'b']
print(f"{', '.join(items)}", f'{"quote"}', f'''{
    items[0]
}''', f"{'\n'.join(items)}")
print(f'{items!r:>20}')
