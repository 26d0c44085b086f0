# Calls with keyword arguments: CALL_KW with a constant tuple of names
f(a=1)
f(1, b=2)
f(1, 2, c=3, d=4)
