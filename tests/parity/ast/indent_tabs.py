if x:
	y = 1
	if y:
		z = 2
	else:
		pass
w = 3
