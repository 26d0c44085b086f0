s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print('abcdefghijkl'[s], list(range(20))[slice(3, None, 5)])
print(s.indices(6), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None])
