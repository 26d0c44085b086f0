import sys
x = 1
print([locals() for q in [1]])
print([sorted(vars()) for q in [1]])
print([dir() for q in [1]])
print([eval('q + x') for q in [2]])
print(type(sys._getframe().f_locals).__name__, [type(sys._getframe().f_locals).__name__ for q in [1]])
print('q' in locals(), 'q' in sys._getframe().f_locals)
def f():
    y = 2
    print([locals() for q in [1]])
    print([sorted(sys._getframe().f_locals) for q in [1]])
    print(locals())
f()
class C:
    z = 3
    print([locals() for q in [1]])
    print([sorted(sys._getframe().f_locals) for q in [1]])
    try:
        print([eval('z') for q in [1]])
    except NameError as e: print('NameError', e)
    fl = [sys._getframe().f_locals for q in [1]][0]
    print(type(fl).__name__, sorted(fl))
    print(sorted(locals()))
def g():
    fl = [sys._getframe().f_locals for q in [7]][0]
    print(type(fl).__name__, sorted(fl))
    print(fl.get('q'), 'q' in fl)
g()
fl = [sys._getframe().f_locals for q in [7]][0]
print(type(fl).__name__, 'q' in fl, 'x' in fl)
def w():
    fr = sys._getframe()
    out = [(fr.f_locals.__setitem__('q', 99), q) for q in [1]]
    print(out)
w()
out = [(sys._getframe().f_locals.__setitem__('q', 99), q) for q in [1]]
print(out)
out = [(sys._getframe().f_locals.__setitem__('newn', 99), q) for q in [1]]
print(out, 'newn' in globals())
# a debugger's conditional breakpoint inside a module-level comprehension (bdb evaluates the
# condition with the frame's f_locals)
import bdb, linecache
hits = []
class B(bdb.Bdb):
    def user_line(self, frame):
        hits.append((frame.f_lineno, frame.f_locals.get('q'), sorted(frame.f_locals)))
        self.set_continue()
src = 'r = [q *\n     2 for q in range(5)]\ndone = 1\n'
linecache.cache['<hidden-src>'] = (len(src), None, src.splitlines(True), '<hidden-src>')
b = B()
print(b.set_break('<hidden-src>', 2, cond='q == 3'))
ns = {}
b.run(compile(src, '<hidden-src>', 'exec'), ns)
print(hits, ns['r'])
