lambda x, /, y=1, *a, z, **k: x if y else z
