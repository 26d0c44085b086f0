# A small language: a tokenizer (character by character), a recursive-descent parser that
# builds tuples, and a tree-walking interpreter with variables, while loops and functions.
N = 9
SMOKE_N = 1

PROGRAM = """
def square(x) { return x * x; }
def collatz(n) {
    steps = 0;
    while (n != 1) {
        if (n % 2 == 0) { n = n / 2; } else { n = 3 * n + 1; }
        steps = steps + 1;
    }
    return steps;
}
total = 0;
i = 1;
while (i < LIMIT) {
    total = total + collatz(i) + square(i % 7);
    i = i + 1;
}
print(total);
"""

KEYWORDS = {"def", "return", "while", "if", "else", "print"}
SYMBOLS2 = {"==", "!=", "<=", ">="}


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            tokens.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif text[i:i + 2] in SYMBOLS2:
            tokens.append(("op", text[i:i + 2]))
            i += 2
        else:
            tokens.append(("op", c))
            i += 1
    tokens.append(("eof", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise SyntaxError("expected %r, got %r" % (value, tok[1]))
        self.pos += 1
        return tok

    def program(self):
        body = []
        while self.peek()[0] != "eof":
            body.append(self.statement())
        return body

    def block(self):
        self.take("{")
        body = []
        while self.peek()[1] != "}":
            body.append(self.statement())
        self.take("}")
        return body

    def statement(self):
        kind, value = self.peek()
        if value == "def":
            self.take()
            name = self.take()[1]
            self.take("(")
            params = []
            while self.peek()[1] != ")":
                params.append(self.take()[1])
                if self.peek()[1] == ",":
                    self.take()
            self.take(")")
            return ("def", name, params, self.block())
        if value == "while":
            self.take()
            self.take("(")
            cond = self.expr()
            self.take(")")
            return ("while", cond, self.block())
        if value == "if":
            self.take()
            self.take("(")
            cond = self.expr()
            self.take(")")
            then = self.block()
            other = []
            if self.peek()[1] == "else":
                self.take()
                other = self.block()
            return ("if", cond, then, other)
        if value == "return":
            self.take()
            e = self.expr()
            self.take(";")
            return ("return", e)
        if value == "print":
            self.take()
            self.take("(")
            e = self.expr()
            self.take(")")
            self.take(";")
            return ("print", e)
        if kind == "name" and self.tokens[self.pos + 1][1] == "=":
            self.take()
            self.take("=")
            e = self.expr()
            self.take(";")
            return ("assign", value, e)
        e = self.expr()
        self.take(";")
        return ("expr", e)

    def expr(self):
        left = self.arith()
        while self.peek()[1] in ("==", "!=", "<", ">", "<=", ">="):
            op = self.take()[1]
            left = ("bin", op, left, self.arith())
        return left

    def arith(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.atom()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            left = ("bin", op, left, self.atom())
        return left

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if value == "(":
            e = self.expr()
            self.take(")")
            return e
        if self.peek()[1] == "(":
            self.take()
            args = []
            while self.peek()[1] != ")":
                args.append(self.expr())
                if self.peek()[1] == ",":
                    self.take()
            self.take(")")
            return ("call", value, args)
        return ("var", value)


class Return(Exception):
    def __init__(self, value):
        self.value = value


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b,
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
}


class Interp:
    def __init__(self):
        self.functions = {}
        self.output = []

    def run(self, body, env):
        for stmt in body:
            self.execute(stmt, env)

    def execute(self, stmt, env):
        kind = stmt[0]
        if kind == "assign":
            env[stmt[1]] = self.eval(stmt[2], env)
        elif kind == "while":
            while self.eval(stmt[1], env):
                self.run(stmt[2], env)
        elif kind == "if":
            self.run(stmt[2] if self.eval(stmt[1], env) else stmt[3], env)
        elif kind == "return":
            raise Return(self.eval(stmt[1], env))
        elif kind == "def":
            self.functions[stmt[1]] = stmt
        elif kind == "print":
            self.output.append(self.eval(stmt[1], env))
        else:
            self.eval(stmt[1], env)

    def eval(self, e, env):
        kind = e[0]
        if kind == "num":
            return e[1]
        if kind == "var":
            return env[e[1]]
        if kind == "bin":
            return OPS[e[1]](self.eval(e[2], env), self.eval(e[3], env))
        _, name, params, body = self.functions[e[1]]
        local = {p: self.eval(a, env) for p, a in zip(params, e[2])}
        try:
            self.run(body, local)
        except Return as r:
            return r.value
        return 0


def main(n):
    out = []
    for k in range(n):
        tree = Parser(tokenize(PROGRAM.replace("LIMIT", str(220 + k)))).program()
        interp = Interp()
        interp.run(tree, {})
        out.append(interp.output[0])
    return out


if __name__ == "__main__":
    print(main(N))
