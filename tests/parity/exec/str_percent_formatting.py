print('%s %r %d %i %5.2f %-5s| %05d %x %X %o %e %g %c %%' % ('s', 'r', 42, 7, 3.14159, 'ab', 42, 255, 255, 8, 12345.678, 0.0001, 'Z'))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30})
print('%s' % (1,), '%s' % [1, 2], '%*d|%-*d|' % (5, 1, 4, 2), '%.3s' % 'abcdef', '%+d % d' % (5, 5))
print('%c' % 65, '%#x %#o' % (255, 8), '%a' % 'é')
for args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1)]:
    try:
        args[0] % args[1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
