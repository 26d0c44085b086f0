# PEP 578 audit hooks: sys.audit, sys.addaudithook, and the events of frames, code, exec and compile
import sys
print(sys.audit(5), sys.audit('before-any-hook'))
log = []
def hook(e, a):
    if e.startswith(('object.', 'sys.', 'exec', 'compile', 'code.', 'custom')):
        log.append((e, tuple(type(x).__name__ for x in a), a[1] if e.startswith('object.') else None))
sys.addaudithook(hook)
sys.audit('custom', 1, 'a')
f = sys._getframe()
f.f_code; f.f_back; f.f_locals; f.f_globals
def fn(): yield 1
g = fn(); g.gi_frame; g.gi_code
async def co(): pass
c = co(); c.cr_frame; c.cr_code; c.close()
async def ag(): yield 1
a = ag(); a.ag_frame; a.ag_code
fn.__code__; fn.__globals__
fn.__code__ = fn.__code__
try: 1/0
except Exception as e: e.__traceback__.tb_frame
exec('1'); eval('2'); compile('3', 'x', 'eval')
c = compile('4', 'y', 'exec'); exec(c)
for x in log: print(x)
import ast
def hook2(e, a):
    if e in ('compile', 'exec'): print(e, a)
    if e == 'boom': raise ValueError('hook says no: %r' % (a,))
    if e == 'sys.addaudithook': print('adding a hook')
sys.addaudithook(hook2)
compile('1+1', 'fn', 'eval')
compile(b'2', 'fn2', 'exec')
compile(ast.parse('3'), 'fn3', 'exec')
eval('  4')
exec(compile('5', 'f5', 'exec'))
try: sys.audit('boom', 1, [2])
except ValueError as e: print('ValueError', e)
try: sys.audit(5)
except TypeError as e: print('TypeError', e)
def refuse(e, a):
    if e == 'sys.addaudithook': raise RuntimeError('no more hooks')
sys.addaudithook(refuse)
try: sys.addaudithook(print)
except RuntimeError as e: print('RuntimeError', e)
def refuse_quietly(e, a):
    if e == 'sys.addaudithook': raise KeyError('x')
