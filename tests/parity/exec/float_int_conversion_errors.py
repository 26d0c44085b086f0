for v in (float('inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(1e20), int(-2.5e15), round(1e20))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
