import types, sys
c = types.CellType(1); e = types.CellType()
print(repr(c)[:9], repr(c).split(': ')[1].split(' at ')[0], repr(e).endswith(': empty>'))
print(c.cell_contents, c == types.CellType(1), c < types.CellType(2), e < c, e == types.CellType(), c > e, e <= e)
print(c.__eq__(1), c != types.CellType(1))
try: hash(c)
except TypeError as x: print('TypeError', x)
for a, k in [((1, 2), {}), ((), {'contents': 1})]:
    try: types.CellType(*a, **k)
    except TypeError as x: print('TypeError', x)
e.cell_contents = 'z'; print(e.cell_contents)
class K: pass
print(repr(types.CellType(K())).split(': ')[1].split(' at ')[0])
print(repr(types.CellType([])).split(': ')[1].split(' at ')[0])
f = sys._getframe()
tb = types.TracebackType(None, f, 6, 77)
print(type(tb).__name__, tb.tb_lineno, tb.tb_lasti, tb.tb_frame is f, tb.tb_next)
tb2 = types.TracebackType(tb_next=tb, tb_frame=f, tb_lasti=0, tb_lineno=-1)
print(tb2.tb_next is tb, tb2.tb_lineno)
for a in [(1, f, 0, 1), (None, 1, 0, 1), (None, f, 'x', 1), (None, f, 0), (None, f, 0, 1, 2)]:
    try: types.TracebackType(*a)
    except TypeError as x: print('TypeError', x)
try: raise ValueError('v').with_traceback(types.TracebackType(None, f, 0, 5))
except ValueError as x: print(x.__traceback__.tb_next.tb_lineno, x.__traceback__.tb_lineno)
import traceback
print(traceback.format_tb(types.TracebackType(None, f, 0, 3)))
