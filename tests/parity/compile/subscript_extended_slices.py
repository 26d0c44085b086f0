# Slices inside tuples (extended slicing), Ellipsis, and slices of slices
a = m[1:2, 3]
b = m[..., 0]
c = m[:, ::2]
d = s[1:][::2]
