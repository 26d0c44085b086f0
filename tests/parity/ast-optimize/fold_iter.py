# iteration over list and set displays in for loops and comprehensions
for i in [1, 2, 3]: pass
for i in [x, y]: pass
for i in {1, 2}: pass
for i in [*a, 1]: pass
async def f():
    async for i in [1, 2]: pass
    [i async for i in [1, 2]]
[i for i in [1, 2]]
{i for i in {3, 4}}
{i: j for i, j in [(1, 2), (3, x)]}
(i for i in [x for x in [5, 6]] if i in [7])
[j for i in [[1, 2]] for j in [i, 3]]
