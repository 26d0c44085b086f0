print(1 == 1.0, 1 == True, 0 == False, 1 == 'a', None == 0, [] == (), (1,) == (1,))
print(1 < 1.5, 2**64 > 1e19, 2**64 == 2.0**64, 10**400 > 1e308, float('nan') == float('nan'))
nan = float('nan')
l = [nan]
print(nan in l, l == l, [nan] == [nan])
print('a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
