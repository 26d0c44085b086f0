source = 'x = (1 +'
exec(source)
