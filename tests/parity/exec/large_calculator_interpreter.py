# A tokenizer, a Pratt parser and a tree-walking evaluator for a small expression language
# with variables, functions and errors.

class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f'Token({self.kind}, {self.value!r})'

class CalcError(Exception):
    pass

def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            out.append(Token('num', float(text) if '.' in text else int(text), i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            out.append(Token('name', src[i:j], i))
            i = j
        elif src.startswith('**', i):
            out.append(Token('op', '**', i)); i += 2
        elif c in '+-*/%(),=':
            out.append(Token('op', c, i)); i += 1
        else:
            raise CalcError(f'unexpected character {c!r} at {i}')
    out.append(Token('eof', None, len(src)))
    return out

BINARY = {'+': 10, '-': 10, '*': 20, '/': 20, '%': 20, '**': 30}

class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, value):
        t = self.next()
        if t.value != value:
            raise CalcError(f'expected {value!r} at {t.pos}, got {t.value!r}')
    def statement(self):
        if self.peek().kind == 'name' and self.toks[self.i + 1].value == '=':
            name = self.next().value
            self.next()
            return ('assign', name, self.expr(0))
        return self.expr(0)
    def expr(self, min_prec):
        left = self.unary()
        while True:
            t = self.peek()
            prec = BINARY.get(t.value) if t.kind == 'op' else None
            if prec is None or prec < min_prec:
                return left
            self.next()
            right = self.expr(prec if t.value == '**' else prec + 1)
            left = ('bin', t.value, left, right)
    def unary(self):
        t = self.peek()
        if t.value == '-':
            self.next()
            return ('neg', self.unary())
        return self.atom()
    def atom(self):
        t = self.next()
        if t.kind == 'num':
            return ('num', t.value)
        if t.kind == 'name':
            if self.peek().value == '(':
                self.next()
                args = []
                if self.peek().value != ')':
                    args.append(self.expr(0))
                    while self.peek().value == ',':
                        self.next()
                        args.append(self.expr(0))
                self.expect(')')
                return ('call', t.value, args)
            return ('var', t.value)
        if t.value == '(':
            e = self.expr(0)
            self.expect(')')
            return e
        raise CalcError(f'unexpected {t.value!r} at {t.pos}')

FUNCS = {'max': max, 'min': min, 'abs': abs, 'sq': lambda x: x * x}

def evaluate(node, env):
    kind = node[0]
    if kind == 'num':
        return node[1]
    if kind == 'var':
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f'undefined variable {node[1]}') from None
    if kind == 'neg':
        return -evaluate(node[1], env)
    if kind == 'assign':
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == 'call':
        fn = FUNCS.get(node[1])
        if fn is None:
            raise CalcError(f'unknown function {node[1]}')
        return fn(*[evaluate(a, env) for a in node[2]])
    op, a, b = node[1], evaluate(node[2], env), evaluate(node[3], env)
    if op == '+': return a + b
    if op == '-': return a - b
    if op == '*': return a * b
    if op == '/':
        if b == 0:
            raise CalcError('division by zero')
        return a / b
    if op == '%': return a % b
    return a ** b

env = {}
program = [
    'x = 3', 'y = x * 4 + 2', 'y ** 2', '2 ** 3 ** 2', '-x ** 2', '(1 + 2) * (3 + 4) % 5',
    'max(x, y, 10) - min(1, 2)', 'sq(sq(2)) / 4', 'z + 1', '1 / (x - 3)', '3 $ 4', 'foo(1)',
    '(1 + 2', 'big = 2 ** 100', 'big % 1000007', '0.5 + 0.25',
]
for line in program:
    try:
        print(f'{line:28} => {evaluate(Parser(tokenize(line)).statement(), env)!r}')
    except CalcError as e:
        print(f'{line:28} !! {e}')
print(sorted(env.items()))
