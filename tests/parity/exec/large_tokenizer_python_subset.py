# A tokenizer for a Python-like language with INDENT/DEDENT, strings, numbers and operators.

KEYWORDS = {'def', 'if', 'else', 'return', 'while', 'for', 'in'}
OPERATORS = sorted(['==', '!=', '<=', '>=', '->', '**', '//', '+', '-', '*', '/', '%', '<', '>', '=', '(', ')', ':', ',', '[', ']', '.'], key=len, reverse=True)

class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f'{msg} (line {line}, col {col})')

def lex(src):
    indents = [0]
    paren = 0
    for lineno, line in enumerate(src.split('\n'), 1):
        stripped = line.lstrip(' ')
        if not stripped or stripped.startswith('#'):
            continue
        if paren == 0:
            width = len(line) - len(stripped)
            if width > indents[-1]:
                indents.append(width)
                yield ('INDENT', '', lineno)
            while width < indents[-1]:
                indents.pop()
                yield ('DEDENT', '', lineno)
            if width != indents[-1]:
                raise LexError('inconsistent dedent', lineno, width)
        col = len(line) - len(stripped)
        while col < len(line):
            c = line[col]
            if c == ' ':
                col += 1
                continue
            if c == '#':
                break
            if c.isdigit():
                end = col
                while end < len(line) and (line[end].isdigit() or line[end] in '._'):
                    end += 1
                yield ('NUMBER', line[col:end], lineno)
                col = end
                continue
            if c.isalpha() or c == '_':
                end = col
                while end < len(line) and (line[end].isalnum() or line[end] == '_'):
                    end += 1
                word = line[col:end]
                yield ('KEYWORD' if word in KEYWORDS else 'NAME', word, lineno)
                col = end
                continue
            if c in '\'"':
                end = col + 1
                while end < len(line) and line[end] != c:
                    end += 2 if line[end] == '\\' else 1
                if end >= len(line):
                    raise LexError('unterminated string', lineno, col)
                yield ('STRING', line[col:end + 1], lineno)
                col = end + 1
                continue
            for op in OPERATORS:
                if line.startswith(op, col):
                    if op in '([':
                        paren += 1
                    elif op in ')]':
                        paren -= 1
                    yield ('OP', op, lineno)
                    col += len(op)
                    break
            else:
                raise LexError(f'bad character {c!r}', lineno, col)
        if paren == 0:
            yield ('NEWLINE', '', lineno)
    for _ in indents[1:]:
        yield ('DEDENT', '', lineno)
    yield ('EOF', '', lineno)

SRC = '''
def fib(n) -> int:
    # comment line
    if n <= 1:
        return n
    else:
        return fib(n - 1) + fib(n - 2)

total = fib(10) ** 2 // 3   # trailing
names = ['a', "b\\"c",
         'd']
for x in names:
    while x != '':
        x = x[1:]
'''

from_counts = {}
for kind, text, line in lex(SRC):
    from_counts[kind] = from_counts.get(kind, 0) + 1
    print(f'{line:3} {kind:8} {text}')
print(from_counts)
for bad in ('x = 1 $ 2', "s = 'open", 'if x:\n    y\n  z'):
    try:
        list(lex(bad))
    except LexError as e:
        print('LexError:', e)
