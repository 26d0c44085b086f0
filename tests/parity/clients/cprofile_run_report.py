# cProfile.run and runctx print their reports (times masked), sorted by standard name.
import cProfile
from _clients import capture, mask


def work(n):
    return sorted(i % 3 for i in range(n))


status, out = capture(cProfile.run, "work(6)", sort="stdname")
print(mask(out))
status, out = capture(cProfile.runctx, "r = work(k)", globals(), {"k": 4}, None, "nfl")
print(mask(out))
