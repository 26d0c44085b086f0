# ast on pyjama's _ast: parse/dump/unparse, node classes and their 3.13 constructor rules,
# compiling Python-built trees, CPython's errors for malformed trees, visitors, literal_eval.
import ast
import copy

SOURCES = [
    "x = 1 + 2 * 3\nprint(x)\n",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a if b else c\n",
    "class C(B, metaclass=M):\n    @property\n    def p(self): yield from g()\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y: pass\n",
    "try:\n    pass\nexcept* E as e:\n    raise X from e\nelse:\n    del a[1:2, ::3]\nfinally:\n    z = lambda q, *r: q\n",
    "match p:\n    case [1, *rest] if rest: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0) | None as n: pass\n",
    "type T[U: int, *V, **W] = list[U]\nglobal a\nx: 'int' = (y := 3)\n",
    "f'{a!r:>{width}} and {b=}' ; b'bytes' b'x'; 'x' u'y'\n",
    "async def h():\n    {k: v for k, v in d.items() if k}; [i async for i in ai]; {*s}; (g for g in h)\n",
    "import a.b as c\nfrom ..m import (n as o, p)\nassert x, 'msg'\nwith open(f) as (a, b): ...\n",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True, indent=1)[:300])
    print(ast.unparse(tree))
    code = compile(tree, "<tree>", "exec")
    print(type(code).__name__, code.co_filename)

print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=True)))
print(ast.dump(ast.parse("2 ** 10 + len('abc')", optimize=1)))
print(ast.dump(ast.parse("await x", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT) if False else ast.Pass()))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)

# the classes
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.arguments._attributes)
print(ast.Name._field_types, ast.ImportFrom._field_types)
print(ast.FunctionDef.__doc__)
print(ast.cmpop.__doc__)
print(ast.AST.__module__, ast.Name.__mro__)
print(ast.Constant(1).end_lineno, ast.Constant(1).kind, hasattr(ast.Constant(1), "lineno"))
print(issubclass(ast.Load, ast.expr_context), isinstance(ast.Add(), ast.operator))
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx, ast.Load() is ast.Load())

def attempt(f):
    try:
        r = f()
        print("ok", ast.dump(r) if isinstance(r, ast.AST) else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: ast.Name("x", ast.Load(), 3))
attempt(lambda: ast.Name("x", id="y"))
attempt(lambda: ast.Name("x", lineno=4))
attempt(lambda: ast.arguments())
attempt(lambda: ast.Pass(1))
attempt(lambda: ast.Name("x", ast.Load()).__reduce__()[1:])

class MyNode(ast.AST):
    _fields = ("a", "b")
print(vars(MyNode(1)))

# trees built by hand
m = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))], [])
attempt(lambda: compile(m, "<m>", "exec"))
exec(compile(ast.fix_missing_locations(m), "<m>", "exec"))
e = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(40), ast.Add(), ast.Constant(2))))
print(eval(compile(e, "<e>", "eval")))
attempt(lambda: compile(e, "<e>", "exec"))
attempt(lambda: compile(ast.Module([ast.Pass(lineno=1)], []), "<m>", "exec"))
attempt(lambda: compile(ast.Module([1], []), "<m>", "exec"))
attempt(lambda: compile(ast.Module(ast.Pass(), []), "<m>", "exec"))
loc = dict(lineno=1, col_offset=0)
attempt(lambda: compile(ast.Expression(ast.BinOp(ast.Constant(1, **loc), "+", ast.Constant(2, **loc), **loc)), "<e>", "eval"))
attempt(lambda: compile(ast.Expression(ast.Name(1, ast.Load(), **loc)), "<e>", "eval"))
attempt(lambda: compile(ast.Expression(ast.Name(None, ast.Load(), **loc)), "<e>", "eval"))
attempt(lambda: compile(ast.Expression(ast.Name("x", ast.Load(), lineno="1", col_offset=0)), "<e>", "eval"))
attempt(lambda: compile(3, "<e>", "eval"))
attempt(lambda: ast.parse("x = (", "bad.py"))
opt = compile(ast.parse("1 + 1"), "<o>", "exec", ast.PyCF_OPTIMIZED_AST)
print(ast.dump(opt))

# visitors and helpers
tree = ast.parse("def f(x):\n    return x + 1\n\nclass K:\n    'Doc.'\n    v = f(2)\n")
print([type(n).__name__ for n in ast.walk(tree)])
class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print("name", node.id, node.lineno, node.col_offset)
Names().visit(tree)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node)
doubled = ast.fix_missing_locations(Double().visit(copy.deepcopy(tree)))
print(ast.unparse(doubled))
ns = {}
exec(compile(doubled, "<d>", "exec"), ns)
print(ns["K"].v, tree.body[1].body[0].value.value)  # get_docstring imports inspect (needs _io)
src = "a = [1,\n     2]\n"
print(repr(ast.get_source_segment(src, ast.parse(src).body[0].value)))
print(ast.increment_lineno(ast.parse("x"), 5).body[0].lineno)
print(ast.literal_eval("{'a': [1, 2.5, -3j], 'b': (True, None, b'x'), 'c': {1, 2}}"), ast.literal_eval("set()"))
attempt(lambda: ast.literal_eval("x + 1"))
match tree.body[0]:
    case ast.FunctionDef(name=name, args=ast.arguments(args=[ast.arg(arg=a)])):
        print("matched", name, a)
