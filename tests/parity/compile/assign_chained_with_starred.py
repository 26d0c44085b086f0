# Chained assignment where one target unpacks with a star
a = [b, *c] = d = items
