class NotIter:
    __iter__ = None
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('next failed')
class GetitemBad:
    def __getitem__(self, i):
        raise KeyError(i)
for c in (lambda: iter(NotIter()), lambda: list(BadNext()), lambda: list(GetitemBad()), lambda: [*None],
          lambda: dict(**None) if False else {**[]}, lambda: print(*1), lambda: max(1, 2, key=3)):
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
