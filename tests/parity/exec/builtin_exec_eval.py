print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('[i for i in range(3)]'))
ns = {}
exec('def sq(v):\n    return v * v\nres = sq(7)', ns)
print(ns['res'], ns['sq'](3))
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}), type(code).__name__)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
