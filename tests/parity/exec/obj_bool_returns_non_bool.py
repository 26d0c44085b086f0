class Bad:
    def __bool__(self):
        return 1

try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        return -1

try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
