# Many positional and keyword arguments together cross the stack-use guideline
f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
  a=1, b=2, c=3, d=4, e=5, g=6, h=7, i=8)
