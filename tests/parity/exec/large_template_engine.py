# A template engine: {{ expr }} with filters, {% for %} and {% if %} blocks, compiled to a
# tree and rendered against a context.

class TemplateError(Exception):
    pass

FILTERS = {'upper': str.upper, 'lower': str.lower, 'title': str.title, 'len': len,
           'reverse': lambda s: s[::-1], 'join': ', '.join}

def tokenize(src):
    i = 0
    while i < len(src):
        a, b = src.find('{{', i), src.find('{%', i)
        starts = [p for p in (a, b) if p >= 0]
        if not starts:
            yield ('text', src[i:])
            return
        s = min(starts)
        if s > i:
            yield ('text', src[i:s])
        close = '}}' if src.startswith('{{', s) else '%}'
        e = src.find(close, s)
        if e < 0:
            raise TemplateError(f'unclosed tag at {s}')
        yield ('expr' if close == '}}' else 'tag', src[s + 2:e].strip())
        i = e + 2

def parse(tokens, until=()):
    nodes = []
    for kind, val in tokens:
        if kind == 'tag':
            word = val.split()[0]
            if word in until:
                return nodes, word
            if word == 'for':
                _, var, _in, seq = val.split()
                body, end = parse(tokens, ('endfor',))
                nodes.append(('for', var, seq, body))
            elif word == 'if':
                body, end = parse(tokens, ('else', 'endif'))
                other = parse(tokens, ('endif',))[0] if end == 'else' else []
                nodes.append(('if', val[3:], body, other))
            else:
                raise TemplateError(f'unknown tag {word!r}')
        else:
            nodes.append((kind, val))
    if until:
        raise TemplateError(f'missing {until[-1]}')
    return nodes, None

def lookup(path, ctx):
    obj = ctx
    for part in path.split('.'):
        if isinstance(obj, dict):
            if part not in obj:
                raise TemplateError(f'undefined: {path}')
            obj = obj[part]
        else:
            obj = getattr(obj, part)
    return obj

def value(expr, ctx):
    name, *filters = [p.strip() for p in expr.split('|')]
    v = lookup(name, ctx) if not name.isdigit() else int(name)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f'unknown filter {f!r}')
        v = FILTERS[f](v)
    return v

def render(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == 'text':
            out.append(node[1])
        elif node[0] == 'expr':
            out.append(str(value(node[1], ctx)))
        elif node[0] == 'for':
            _, var, seq, body = node
            items = value(seq, ctx)
            for i, item in enumerate(items):
                out.append(render(body, dict(ctx, **{var: item, 'loop': {'index': i + 1, 'last': i == len(items) - 1}})))
        elif node[0] == 'if':
            cond = node[1].strip()
            neg = cond.startswith('not ')
            truth = bool(value(cond[4:] if neg else cond, ctx))
            out.append(render(node[2] if truth != neg else node[3], ctx))
    return ''.join(out)

def template(src, **ctx):
    return render(parse(tokenize(src))[0], ctx)

print(template('Hello {{ name | title }}! You have {{ items | len }} items.', name='ada lovelace', items=[1, 2, 3]))
print(template('{% for u in users %}{{ loop.index }}. {{ u.name | upper }}{% if u.admin %} (admin){% endif %}{% if not loop.last %}, {% endif %}{% endfor %}',
               users=[{'name': 'ann', 'admin': True}, {'name': 'bob', 'admin': False}, {'name': 'cy', 'admin': False}]))
print(template('{% if empty %}has{% else %}none{% endif %} / {{ words | join | reverse }}', empty=[], words=['a', 'b']))
print(template('{% for row in grid %}[{% for c in row %}{{ c }}{% endfor %}]{% endfor %}', grid=[[1, 2], [3], []]))
for bad, ctx in [('{{ missing }}', {}), ('{{ x | nope }}', {'x': 1}), ('{% for a in b %}x', {'b': []}),
                 ('{% while %}', {}), ('{{ open', {}), ('{{ x.y }}', {'x': 5})]:
    try:
        print(template(bad, **ctx))
    except (TemplateError, AttributeError) as e:
        print(f'{bad!r:22} {type(e).__name__}: {e}')
