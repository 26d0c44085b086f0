class L:
    def __len__(self): return 2**70
class S:
    def __len__(self): return 'x'
for c in (L, S):
    try:
        len(c())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(e)
