# A backtracking regular-expression matcher supporting . * + ? | () [] ^ $ written from
# scratch: parser to AST, matcher by continuation passing with generators.

class ParseError(Exception):
    pass

def parse(pattern):
    pos = 0
    def peek():
        return pattern[pos] if pos < len(pattern) else None
    def alt():
        nonlocal pos
        branches = [seq()]
        while peek() == '|':
            pos += 1
            branches.append(seq())
        return ('alt', branches) if len(branches) > 1 else branches[0]
    def seq():
        items = []
        while peek() not in (None, '|', ')'):
            items.append(repeat())
        return ('seq', items)
    def repeat():
        nonlocal pos
        a = atom()
        while peek() in ('*', '+', '?'):
            op = pattern[pos]
            pos += 1
            a = ('rep', a, 0 if op in '*?' else 1, 1 if op == '?' else None)
        return a
    def atom():
        nonlocal pos
        c = peek()
        pos += 1
        if c == '(':
            inner = alt()
            if peek() != ')':
                raise ParseError(f'missing ) at {pos}')
            pos += 1
            return ('group', inner)
        if c == '[':
            end = pattern.find(']', pos)
            if end < 0:
                raise ParseError('unterminated class')
            body = pattern[pos:end]
            pos = end + 1
            neg = body.startswith('^')
            body = body[1:] if neg else body
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == '-':
                    chars |= {chr(o) for o in range(ord(body[i]), ord(body[i + 2]) + 1)}
                    i += 3
                else:
                    chars.add(body[i])
                    i += 1
            return ('class', frozenset(chars), neg)
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c in ('*', '+', '?', None):
            raise ParseError(f'nothing to repeat at {pos - 1}')
        if c == '\\':
            pos += 1
            return ('lit', pattern[pos - 1])
        return ('lit', c)
    tree = alt()
    if pos != len(pattern):
        raise ParseError(f'unbalanced ) at {pos}')
    return tree

def match_here(node, s, i):
    kind = node[0]
    if kind == 'lit':
        if i < len(s) and s[i] == node[1]:
            yield i + 1
    elif kind == 'any':
        if i < len(s):
            yield i + 1
    elif kind == 'class':
        if i < len(s) and ((s[i] in node[1]) != node[2]):
            yield i + 1
    elif kind == 'bol':
        if i == 0:
            yield i
    elif kind == 'eol':
        if i == len(s):
            yield i
    elif kind == 'group':
        yield from match_here(node[1], s, i)
    elif kind == 'alt':
        for b in node[1]:
            yield from match_here(b, s, i)
    elif kind == 'seq':
        yield from match_seq(node[1], 0, s, i)
    elif kind == 'rep':
        yield from match_rep(node, s, i, 0)

def match_seq(items, k, s, i):
    if k == len(items):
        yield i
        return
    for j in match_here(items[k], s, i):
        yield from match_seq(items, k + 1, s, j)

def match_rep(node, s, i, count):
    _, sub, lo, hi = node
    if hi is None or count < hi:
        for j in match_here(sub, s, i):
            if j != i:
                yield from match_rep(node, s, j, count + 1)
    if count >= lo:
        yield i

def search(pattern, s):
    tree = parse(pattern)
    for start in range(len(s) + 1):
        for end in match_here(tree, s, start):
            return start, end, s[start:end]
    return None

tests = [('ab*c', 'xxabbbcyy'), ('a(b|c)+d', 'zzacbcbd!'), ('^hello', 'hello world'), ('^world', 'hello world'),
         ('w.rld$', 'hello world'), ('[0-9]+', 'abc 12345 def'), ('[^a-z ]+', 'abc DEF ghi'), ('colou?r', 'my color'),
         ('(a|ab)(c|bcd)', 'abcd'), ('x*', 'yyy'), ('a\\.b', 'a.b axb'), ('(ab)*$', 'ababab'), ('z', 'abc')]
for p, s in tests:
    print(f'{p!r:16} {s!r:16} {search(p, s)}')
for bad in ['*a', 'a(b', 'a)b', '[abc', 'a|*']:
    try:
        parse(bad)
    except ParseError as e:
        print(f'{bad!r:8} ParseError: {e}')
