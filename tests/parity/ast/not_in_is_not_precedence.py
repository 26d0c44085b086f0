not a in b
not a is b
a not in b
a is not b
a is (not b)
not a not in b
a in b in c
a not in b not in c
not (a in b)
(not a) in b
a == (not b)
not a == b
a < b == c > d
