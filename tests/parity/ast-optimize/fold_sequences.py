# str, bytes and tuple concatenation and repetition, with the size limits
a = 'ab' + 'cd', 'a' * 3, 3 * 'a', 'a' * 0, 'a' * -2, 'a' * True, 'é' + '\U0001F600', '' * 100
b = b'ab' + b'cd', b'x' * 4, 2 * b'yz', b'' * 10 ** 30
c = (1, 2) + (3,), (1,) * 3, 2 * ('a', 'b'), () * 5, (1,) * 0, ((1, 2),) * 2
limits_str = 'a' * 4096, 'a' * 4097, 'ab' * 2048, 'ab' * 2049, 'abc' * 10 ** 20
limits_tuple = (0,) * 256, (0,) * 257, (1, 2) * 128, (1, 2) * 129, ((1, 2, 3),) * 100, ((1, 2, 3, 4),) * 256
limits_nested = ((1, (2, 3)),) * 200, ((1, 2, 3, 4, 5),) * 170, ((1, 2, 3, 4, 5),) * 171
u = u'kind' + 'x', u'kept'
