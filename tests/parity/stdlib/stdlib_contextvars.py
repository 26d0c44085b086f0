# contextvars on _contextvars: ContextVar get/set/reset, Token, Context.run and the mapping API
import contextvars as c
import re
def clean(s): return re.sub(r'0x[0-9a-f]+', '0x?', s)
print([k for k in dir(c) if not k.startswith('__')])
v = c.ContextVar('v', default=1); print(clean(repr(v)), v.name, v.get())
t = v.set(2); print(clean(repr(t)), t.var is v, t.old_value, repr(c.Token.MISSING))
ctx = c.copy_context(); print(type(ctx), len(ctx), list(ctx.keys()) == [v], ctx[v], list(ctx.values()), [(clean(repr(k)), x) for k, x in ctx.items()])
w = c.ContextVar('w')
def f(a, b=0):
    w.set(a + b); v.set(99)
    return w.get(), v.get()
print(ctx.run(f, 1, b=5), w.get('none'), v.get(), ctx[w], ctx[v], w in ctx, w in c.copy_context())
v.reset(t); print(v.get())
t2 = w.set('x'); print(w.get()); w.reset(t2); print(w.get(None))
for e in ['c.ContextVar()', 'c.ContextVar(1)', 'c.ContextVar("a").get()', 'v.reset(t)', 'c.Context()[v]', 'c.Token()', 'hash(v) == hash(v)', 'c.ContextVar("x", default=2).get(3)', 'class X(c.ContextVar): pass', 'v.reset(1)', 'ctx.run(ctx.run, print)', 'c.Context(1)', 'c.Context().get(1)', 'ctx.get(v, 9)', 'c.ContextVar.__class_getitem__(int)', 'v in ctx', 'c.ContextVar("q").reset(w.set(1))', 'hash(c.Context())', 'ctx.get(w)', 'len(c.Context())', 'w.get()']:
    try: print(e, '->', clean(repr(eval(e) if not e.startswith('class') else exec(e))))
    except Exception as ex: print(e, '->', type(ex).__name__, clean(str(ex)))
ctx2 = c.Context()
def g():
    tok = v.set(5)
    return c.copy_context()
inner = ctx2.run(g); print(inner[v], v.get(), ctx2[v])
