def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('zero')
        return 'z'
    else:
        print('else', r)
        return 'e'
    finally:
        print('finally')

print(f(0), f(5))
