x = "abc
y = 2
z = "Ã"
