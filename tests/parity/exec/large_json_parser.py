# A recursive-descent JSON parser and serializer with precise error positions.

class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos

class JSONParser:
    ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

    def __init__(self, text):
        self.s = text
        self.i = 0

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise JSONError('trailing data', self.i)
        return v

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n\r':
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError('unexpected end', self.i)
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        if c == '-' or c.isdigit():
            return self.number()
        raise JSONError(f'unexpected character {c!r}', self.i)

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == '}':
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                raise JSONError('expected string key', self.i)
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ':':
                raise JSONError("expected ':'", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == '}':
                return out
            if c != ',':
                raise JSONError("expected ',' or '}'", self.i - 1)

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == ']':
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == ']':
                return out
            if c != ',':
                raise JSONError("expected ',' or ']'", self.i - 1)

    def string(self):
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.s):
                raise JSONError('unterminated string', self.i)
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return ''.join(buf)
            if c == '\\':
                e = self.s[self.i + 1:self.i + 2]
                if e == 'u':
                    buf.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                if e not in self.ESCAPES:
                    raise JSONError(f'bad escape {e!r}', self.i)
                buf.append(self.ESCAPES[e])
                self.i += 2
                continue
            buf.append(c)
            self.i += 1

    def number(self):
        start = self.i
        if self.s[self.i] == '-':
            self.i += 1
        while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in '.eE+-'):
            self.i += 1
        text = self.s[start:self.i]
        try:
            return int(text) if text.lstrip('-').isdigit() else float(text)
        except ValueError:
            raise JSONError(f'bad number {text!r}', start) from None

def dumps(v, indent=0):
    pad = '  ' * indent
    if v is None: return 'null'
    if v is True: return 'true'
    if v is False: return 'false'
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str):
        return '"' + v.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
    if isinstance(v, list):
        if not v: return '[]'
        return '[\n' + ',\n'.join(pad + '  ' + dumps(x, indent + 1) for x in v) + '\n' + pad + ']'
    items = [pad + '  ' + dumps(k) + ': ' + dumps(x, indent + 1) for k, x in v.items()]
    return '{\n' + ',\n'.join(items) + '\n' + pad + '}' if items else '{}'

doc = '''{"name": "pyjama", "version": [3, 13, 0], "ok": true, "none": null,
 "nested": {"pi": 3.14159, "neg": -2.5e-3, "list": [], "obj": {}},
 "text": "line\\nbreak \\"quoted\\" \\u00e9\\u263a"}'''
data = JSONParser(doc).parse()
print(data)
print(dumps(data))
for bad in ['[1, 2', '{"a" 1}', '[1 2]', '"abc', '{1: 2}', 'tru', '[1,]', '"\\x"', '12 13', '-']:
    try:
        JSONParser(bad).parse()
    except JSONError as e:
        print(f'{bad!r:12} -> {e}')
print(JSONParser(dumps(data)).parse() == data)
