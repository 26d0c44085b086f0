for spec in ('d', 'x', '.2f'):
    try:
        print(f'{"text":{spec}}')
    except ValueError as e:
        print(e)
try:
    f'{1:,d}{2:q}'
except ValueError as e:
    print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
try:
    format('s', '+')
except ValueError as e:
    print(e)
try:
    format(3, '.2s')
except ValueError as e:
    print(e)
