x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
def f(a,
      b):
    return a + \
        b
z = [1,
     2,
  3,
        4]
w = (1 +
2)
assert x, \
    "message"
with a as b, \
     c as d:
    pass
s = 'abc' \
    'def'
t = \
\
    4
v = (  # comment
    \
    5)
