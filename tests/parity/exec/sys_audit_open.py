# the "open" audit event of FileIO (io.open), with the raw mode and the open(2) flags
import sys, os, tempfile
def hook(e, a):
    if e == 'open' and a[1] is not None: print(e, a[0] == p or type(a[0]).__name__, a[1:])
p = os.path.join(tempfile.mkdtemp(), 'x.txt')
sys.addaudithook(hook)
with open(p, 'w') as f: f.write('x')
open(p).close(); open(p, 'rb').close(); open(p, 'a+').close()
fd = os.open(p, os.O_RDONLY)
open(fd, closefd=True).close()
os.remove(p); os.rmdir(os.path.dirname(p))
