# A small Lisp: reader, environments with closures, special forms, tail recursion by loop.

class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError('unexpected EOF')
    t = tokens.pop(0)
    if t == '(':
        out = []
        while tokens and tokens[0] != ')':
            out.append(read(tokens))
        if not tokens:
            raise LispError('missing )')
        tokens.pop(0)
        return out
    if t == ')':
        raise LispError('unexpected )')
    if t == "'":
        return [Symbol('quote'), read(tokens)]
    try:
        return int(t)
    except ValueError:
        return Symbol(t)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        e = self
        while e is not None:
            if name in e:
                return e
            e = e.outer
        raise LispError(f'unbound symbol: {name}')

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f'<lambda ({" ".join(self.params)})>'

def global_env():
    env = Env()
    env.update({
        '+': lambda *a: sum(a), '-': lambda a, b=None: -a if b is None else a - b,
        '*': lambda *a: __import_free_product(a), '<': lambda a, b: a < b, '=': lambda a, b: a == b,
        'car': lambda l: l[0], 'cdr': lambda l: l[1:], 'cons': lambda a, l: [a] + l,
        'list': lambda *a: list(a), 'null?': lambda l: l == [], 'display': lambda x: print(to_str(x)),
    })
    return env

def __import_free_product(xs):
    r = 1
    for x in xs:
        r *= x
    return r

def to_str(x):
    if isinstance(x, list):
        return '(' + ' '.join(map(to_str, x)) + ')'
    if x is True: return '#t'
    if x is False: return '#f'
    return str(x)

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError('empty application')
        op, *args = x
        if op == 'quote':
            return args[0]
        if op == 'if':
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == 'define':
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if op == 'lambda':
            return Lambda(args[0], args[1], env)
        if op == 'begin':
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        f = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(f, Lambda):
            if len(vals) != len(f.params):
                raise LispError(f'arity mismatch: expected {len(f.params)}, got {len(vals)}')
            x, env = f.body, Env(f.params, vals, f.env)
            continue
        if not callable(f):
            raise LispError(f'not a procedure: {to_str(f)}')
        return f(*vals)

PROGRAM = '''
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(display (fact 30))
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(display (loop 5000 0))
(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))
(display (map (lambda (x) (* x x)) (list 1 2 3 4)))
(define make-counter (lambda () (begin (define n 0) (lambda () (begin (define n (+ n 1)) n)))))
(define c (make-counter))
(display (list (c) (c)))
(display 'sym)
(display (if (< 1 2) 'yes 'no))
(display map)
'''
env = global_env()
tokens = tokenize(PROGRAM)
while tokens:
    evaluate(read(tokens), env)
for bad in ['(undefined 1)', '(1 2)', '((lambda (x) x))', '(car', ')', '()']:
    try:
        print(to_str(evaluate(read(tokenize(bad)), env)))
    except LispError as e:
        print(f'{bad:20} LispError: {e}')
