# Arbitrary-precision integer algorithms: primes, modular exponentiation, RSA round trip,
# digits of pi (spigot), big factorials and integer square roots.

def isqrt(n):
    if n < 0:
        raise ValueError('isqrt of negative number')
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))

print([n for n in range(100) if is_probable_prime(n)])
p = next_prime(10 ** 30)
q = next_prime(10 ** 31 + 12345)
print(p, q)
n, phi, e = p * q, (p - 1) * (q - 1), 65537
g, x, _ = egcd(e, phi)
d = x % phi
print(g, d == pow(e, -1, phi))
msg = int.from_bytes('pyjama rules'.encode(), 'big')
c = pow(msg, e, n)
back = pow(c, d, n)
print(c, back.to_bytes((back.bit_length() + 7) // 8, 'big').decode())
print(pi_digits(60))
print(isqrt(2 * 10 ** 100), isqrt(10 ** 40) == 10 ** 20, isqrt(99))
f = 1
for i in range(1, 101):
    f *= i
print(f, len(str(f)), str(f).count('0'), f % (10 ** 9 + 7))
print(sum(int(ch) for ch in str(2 ** 1000)))
print(hex(2 ** 127 - 1), (2 ** 127 - 1).bit_length(), is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1))
try:
    isqrt(-4)
except ValueError as e:
    print('ValueError:', e)
