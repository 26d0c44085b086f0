# code exec'd under a made-up file name shows the lines a program put into linecache.cache
import linecache
src = 'def boom(x):\n    return x / 0\n'
linecache.cache['<made-up>'] = (len(src), None, src.splitlines(True), '<made-up>')
ns = {}
exec(compile(src, '<made-up>', 'exec'), ns)
ns['boom'](1)
