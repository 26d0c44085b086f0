# A starred name alone inside a list target is allowed
[*a] = b
(*c,) = d
