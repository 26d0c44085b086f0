# the default excepthook keeps the last sys.tracebacklimit entries (3.13.0 slices from len - limit)
import sys, linecache
src = 'def boom():\n    return 1 / 0\n'
linecache.cache['<fake-file>'] = (len(src), None, src.splitlines(True), '<fake-file>')
ns = {}
exec(compile(src, '<fake-file>', 'exec'), ns)
sys.tracebacklimit = 1
def a(): ns['boom']()
def b(): a()
b()
