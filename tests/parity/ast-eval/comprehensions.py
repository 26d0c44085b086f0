[x for x in y if x], {k: v for k, v in d.items()}, (i async for i in a)
