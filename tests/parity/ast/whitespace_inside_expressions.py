x = (   1   +
	2 )
y = [

1,

  2

]
z = f (  a  ) [ 0 ] . b
w = a  .  b
v = 1 if\
  x else 2
