# Source text nested deeper than the parser and compiler allow: CPython's SyntaxError or
# RecursionError from compile(), eval() and exec(); moderately deep code still runs.
def attempt(label, source, mode='eval'):
    try:
        code = compile(source, '<deep>', mode)
        result = eval(code) if mode == 'eval' else exec(code)
        print(label, 'ok', result if not isinstance(result, (list, tuple)) else len(result))
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e)


attempt('parens 150', '(' * 150 + '1' + ')' * 150)
attempt('parens 300', '(' * 300 + '1' + ')' * 300)
attempt('lists 150', '[' * 150 + ']' * 150)
attempt('lists 5000', '[' * 5000 + ']' * 5000)
attempt('unary 100000', '-' * 100000 + '1')
attempt('binary 100000', '+'.join(['1'] * 100000))
attempt('not 100000', 'not ' * 100000 + 'True')
attempt('calls 5000', 'f(' * 5000 + ')' * 5000)
attempt('attr chain 100000', 'x' + '.a' * 100000)
attempt('nested ifs', ''.join(' ' * i + 'if True:\n' for i in range(120)) + ' ' * 120 + 'pass\n', 'exec')
attempt('nested defs', ''.join(' ' * i + 'def f():\n' for i in range(200)) + ' ' * 200 + 'pass\n', 'exec')
attempt('lambda chain', 'lambda: ' * 5000 + '1')
attempt('long tuple', '(' + '1,' * 100000 + ')')
