# profile.runctx prints its report (times masked) sorted by name/file/line.
import profile
from _clients import capture, mask


def work(n):
    return sum(i * i for i in range(n))


status, out = capture(profile.runctx, "r = work(5)", globals(), locals(), sort="nfl")
print(mask(out))
