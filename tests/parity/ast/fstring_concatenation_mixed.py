x = 'a' f'b' 'c'
x = f'{a}' 'b' f'{c}'
x = 'a' 'b' f'{c}' 'd' 'e'
x = f'' f'' ''
x = u'a' f'{b}'
x = r'\n' f'\n{a}' rf'\n{b}'
x = ('line1 '
     f'{value!r} '
     'line3')
x = f'{a}' \
    f'{b}'
x = """a""" f"""{b}""" 'c'
x = f'{a}' f'{b}' f'{c}' f'{d}'
