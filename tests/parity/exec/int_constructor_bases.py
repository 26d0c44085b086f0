print(int('42'), int('-0x1f', 16), int('0b101', 0), int('777', 8), int('zz', 36), int(' 12 '))
print(int('1_000_000'), int('0o17', 0), int(3.99), int(-3.99), int(True), int('١٢٣'))
for bad in ('12a', '', '0x', '1__0', '_1'):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int('10', 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
