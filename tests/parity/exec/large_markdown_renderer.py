# A tiny Markdown-to-HTML converter: headings, lists, emphasis, code, links, escaping.

def escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def inline(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '`':
            j = text.find('`', i + 1)
            if j > 0:
                out.append('<code>' + escape(text[i + 1:j]) + '</code>')
                i = j + 1
                continue
        if text.startswith('**', i):
            j = text.find('**', i + 2)
            if j > 0:
                out.append('<strong>' + inline(text[i + 2:j]) + '</strong>')
                i = j + 2
                continue
        if c == '*':
            j = text.find('*', i + 1)
            if j > 0:
                out.append('<em>' + inline(text[i + 1:j]) + '</em>')
                i = j + 1
                continue
        if c == '[':
            close = text.find('](', i)
            end = text.find(')', close)
            if close > 0 and end > 0:
                out.append(f'<a href="{text[close + 2:end]}">{inline(text[i + 1:close])}</a>')
                i = end + 1
                continue
        out.append(escape(c))
        i += 1
    return ''.join(out)

def render(md):
    html, para, lst, code = [], [], None, None
    def flush():
        nonlocal lst
        if para:
            html.append('<p>' + inline(' '.join(para)) + '</p>')
            para.clear()
        if lst:
            tag = lst[0]
            html.append(f'<{tag}>' + ''.join(f'<li>{inline(x)}</li>' for x in lst[1:]) + f'</{tag}>')
            lst = None
    for line in md.splitlines():
        if code is not None:
            if line.startswith('```'):
                html.append('<pre><code>' + escape('\n'.join(code)) + '</code></pre>')
                code = None
            else:
                code.append(line)
            continue
        if line.startswith('```'):
            flush()
            code = []
        elif line.startswith('#'):
            flush()
            level = len(line) - len(line.lstrip('#'))
            html.append(f'<h{level}>{inline(line[level:].strip())}</h{level}>')
        elif line.lstrip().startswith(('- ', '* ')):
            if para or (lst and lst[0] != 'ul'):
                flush()
            lst = lst or ['ul']
            lst.append(line.lstrip()[2:])
        elif line[:1].isdigit() and '. ' in line[:4]:
            if para or (lst and lst[0] != 'ol'):
                flush()
            lst = lst or ['ol']
            lst.append(line.split('. ', 1)[1])
        elif not line.strip():
            flush()
        else:
            if lst:
                flush()
            para.append(line.strip())
    flush()
    if code is not None:
        raise ValueError('unterminated code block')
    return '\n'.join(html)

DOC = '''# Title with *emphasis*

Some **bold** text and `code <tag>` and a [link](http://example.com).
Second line of the same paragraph & more.

- first item
- second **item**
* third item

1. one
2. two

## Code

```
if a < b:
    print("x & y")
```
Final *para* with **nested *emph* inside**.'''
print(render(DOC))
try:
    render('```\nnever closed')
except ValueError as e:
    print('ValueError:', e)
