# Permutation counting in the style of fannkuch: for every permutation of 0..n-1, count
# the prefix reversals until 0 comes first; list slicing, swaps and index arithmetic.
N = 3
SMOKE_N = 1


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # the next permutation, by rotating prefixes
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    r = None
    for _ in range(n):
        r = fannkuch(8)
    return r


if __name__ == "__main__":
    print(main(N))
