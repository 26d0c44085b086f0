s = 'hello'
print(format(s, '10'), '|', format(s, '>10'), '|', format(s, '^10'), '|', format(s, '*<8'), '|', format(s, '.2'), '|', format(s, '^9.3'))
print(f'{s:s}', f'{s!r:^12}', f'{"":>3}|', f'{"é":x^5}')
