print(float('1.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float(3), float('1_0.5'))
for bad in ('x', '1.2.3', '', '1e'):
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([])
except TypeError as e:
    print(e)
print(float.fromhex('0x1.8p1'), (0.5).hex(), (3.0).is_integer(), (2.5).as_integer_ratio())
