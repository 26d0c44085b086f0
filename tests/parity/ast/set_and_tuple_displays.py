{1}
{1,}
{1, 2}
{*a}
{*a,}
{*a, 1, *b}
{x for x in y}
{(1, 2), (3, 4)}
(1)
(1,)
(1, 2)
((1, 2),)
(*a,)
(*a, *b)
(a := 1, 2)
((a := 1),)
(yield_, )
(x for x in y)
((x for x in y),)
((x, y) for x in a for y in b)
