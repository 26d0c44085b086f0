0 <= a < b <= c < d <= e < f
a == b == c == d == e
a is b is not c is d
a in b not in c in d
x < y > z != w == v >= u <= t
1 < (2 < 3) < 4
(a < b) == (c < d)
a < b and b < c or c < d
f(a < b, c > d)
[a < b for a in x if a != b]
