# Symbolic expressions with operator overloading, differentiation via match statements,
# simplification and evaluation.

class Expr:
    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), lift(o)))
    def __pow__(self, n): return Pow(self, n)
    def __eq__(self, o): return type(self) is type(o) and vars(self) == vars(o)
    def __hash__(self): return hash(repr(self))

class Const(Expr):
    __match_args__ = ('v',)
    def __init__(self, v): self.v = v
    def __repr__(self): return repr(self.v)

class Var(Expr):
    __match_args__ = ('name',)
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name

class Add(Expr):
    __match_args__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'({self.a} + {self.b})'

class Mul(Expr):
    __match_args__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'{self.a} * {self.b}'

class Pow(Expr):
    __match_args__ = ('base', 'n')
    def __init__(self, base, n): self.base, self.n = base, n
    def __repr__(self): return f'{self.base}^{self.n}'

def lift(x):
    return x if isinstance(x, Expr) else Const(x)

def d(e, x):
    match e:
        case Const(_):
            return Const(0)
        case Var(name):
            return Const(1 if name == x else 0)
        case Add(a, b):
            return Add(d(a, x), d(b, x))
        case Mul(a, b):
            return Add(Mul(d(a, x), b), Mul(a, d(b, x)))
        case Pow(base, n):
            return Mul(Mul(Const(n), Pow(base, n - 1)), d(base, x))
    raise TypeError(f'cannot differentiate {e!r}')

def simplify(e):
    match e:
        case Add(a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Const(0), other) | (other, Const(0)):
                    return other
                case Const(p), Const(q):
                    return Const(p + q)
            return a + b if a != b else simplify(Mul(Const(2), a))
        case Mul(a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Const(0), _) | (_, Const(0)):
                    return Const(0)
                case (Const(1), other) | (other, Const(1)):
                    return other
                case Const(p), Const(q):
                    return Const(p * q)
                case Const(p), Mul(Const(q), rest):
                    return simplify(Mul(Const(p * q), rest))
            return Mul(a, b)
        case Pow(base, 0):
            return Const(1)
        case Pow(base, 1):
            return simplify(base)
        case Pow(base, n):
            return Pow(simplify(base), n)
    return e

def evaluate(e, env):
    match e:
        case Const(v): return v
        case Var(n): return env[n]
        case Add(a, b): return evaluate(a, env) + evaluate(b, env)
        case Mul(a, b): return evaluate(a, env) * evaluate(b, env)
        case Pow(b, n): return evaluate(b, env) ** n

x, y = Var('x'), Var('y')
exprs = [3 * x ** 2 + 2 * x + 1, x * y + y ** 3, (x + 1) * (x - 1), x ** 1 + 0 * y, 5 + x * x * x]
for e in exprs:
    dx, dy = simplify(d(e, 'x')), simplify(d(e, 'y'))
    print(f'{e!r:34} d/dx = {dx!r:26} d/dy = {dy!r:14} at(2,3) = {evaluate(e, {"x": 2, "y": 3})}, {evaluate(dx, {"x": 2, "y": 3})}')
print(simplify(x + x), simplify(Const(2) * (Const(3) * x)), x ** 2 == Pow(Var('x'), 2), len({x, Var('x'), y}))
try:
    d('text', 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    evaluate(x + y, {'x': 1})
except KeyError as e:
    print('KeyError:', e)
