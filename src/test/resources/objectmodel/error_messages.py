try:
    x=1; x **= 'a'
    print('OK', "x=1; x **= 'a'")
except BaseException as e:
    print("x=1; x **= 'a'", '->', type(e).__name__, e)

try:
    x=[]; x -= 1
    print('OK', 'x=[]; x -= 1')
except BaseException as e:
    print('x=[]; x -= 1', '->', type(e).__name__, e)

try:
    [] + ()
    print('OK', '[] + ()')
except BaseException as e:
    print('[] + ()', '->', type(e).__name__, e)

try:
    'a' + 1
    print('OK', "'a' + 1")
except BaseException as e:
    print("'a' + 1", '->', type(e).__name__, e)

try:
    1 + 'a'
    print('OK', "1 + 'a'")
except BaseException as e:
    print("1 + 'a'", '->', type(e).__name__, e)

try:
    b'' + 1
    print('OK', "b'' + 1")
except BaseException as e:
    print("b'' + 1", '->', type(e).__name__, e)

try:
    [1] * 1.5
    print('OK', '[1] * 1.5')
except BaseException as e:
    print('[1] * 1.5', '->', type(e).__name__, e)

try:
    class C: pass
    C() < C()
    print('OK', 'class C: pass\nC() < C()')
except BaseException as e:
    print('class C: pass\nC() < C()', '->', type(e).__name__, e)

try:
    class C: pass
    C().x
    print('OK', 'class C: pass\nC().x')
except BaseException as e:
    print('class C: pass\nC().x', '->', type(e).__name__, e)

try:
    (1).x = 2
    print('OK', '(1).x = 2')
except BaseException as e:
    print('(1).x = 2', '->', type(e).__name__, e)

try:
    (1).real = 2
    print('OK', '(1).real = 2')
except BaseException as e:
    print('(1).real = 2', '->', type(e).__name__, e)

try:
    object().x = 1
    print('OK', 'object().x = 1')
except BaseException as e:
    print('object().x = 1', '->', type(e).__name__, e)

try:
    int.x = 1
    print('OK', 'int.x = 1')
except BaseException as e:
    print('int.x = 1', '->', type(e).__name__, e)

try:
    import sys; sys.xx
    print('OK', 'import sys; sys.xx')
except BaseException as e:
    print('import sys; sys.xx', '->', type(e).__name__, e)

try:
    class C: pass
    C.x
    print('OK', 'class C: pass\nC.x')
except BaseException as e:
    print('class C: pass\nC.x', '->', type(e).__name__, e)

try:
    class C: pass
    del C().x
    print('OK', 'class C: pass\ndel C().x')
except BaseException as e:
    print('class C: pass\ndel C().x', '->', type(e).__name__, e)

try:
    class C:
     @property
     def x(self): pass
    C().x = 1
    print('OK', 'class C:\n @property\n def x(self): pass\nC().x = 1')
except BaseException as e:
    print('class C:\n @property\n def x(self): pass\nC().x = 1', '->', type(e).__name__, e)

try:
    class C:
     x = property()
    C().x
    print('OK', 'class C:\n x = property()\nC().x')
except BaseException as e:
    print('class C:\n x = property()\nC().x', '->', type(e).__name__, e)

try:
    class C:
     x = property()
    del C().x
    print('OK', 'class C:\n x = property()\ndel C().x')
except BaseException as e:
    print('class C:\n x = property()\ndel C().x', '->', type(e).__name__, e)

try:
    len(1)
    print('OK', 'len(1)')
except BaseException as e:
    print('len(1)', '->', type(e).__name__, e)

try:
    iter(1)
    print('OK', 'iter(1)')
except BaseException as e:
    print('iter(1)', '->', type(e).__name__, e)

try:
    next(1)
    print('OK', 'next(1)')
except BaseException as e:
    print('next(1)', '->', type(e).__name__, e)

try:
    hash([])
    print('OK', 'hash([])')
except BaseException as e:
    print('hash([])', '->', type(e).__name__, e)

try:
    class C:
     def __eq__(s,o): return True
    hash(C())
    print('OK', 'class C:\n def __eq__(s,o): return True\nhash(C())')
except BaseException as e:
    print('class C:\n def __eq__(s,o): return True\nhash(C())', '->', type(e).__name__, e)

try:
    class C:
     def __hash__(s): return 'a'
    hash(C())
    print('OK', "class C:\n def __hash__(s): return 'a'\nhash(C())")
except BaseException as e:
    print("class C:\n def __hash__(s): return 'a'\nhash(C())", '->', type(e).__name__, e)

try:
    class C:
     def __repr__(s): return 1
    repr(C())
    print('OK', 'class C:\n def __repr__(s): return 1\nrepr(C())')
except BaseException as e:
    print('class C:\n def __repr__(s): return 1\nrepr(C())', '->', type(e).__name__, e)

try:
    class C:
     def __str__(s): return 1
    str(C())
    print('OK', 'class C:\n def __str__(s): return 1\nstr(C())')
except BaseException as e:
    print('class C:\n def __str__(s): return 1\nstr(C())', '->', type(e).__name__, e)

try:
    class C:
     def __bool__(s): return 1
    bool(C())
    print('OK', 'class C:\n def __bool__(s): return 1\nbool(C())')
except BaseException as e:
    print('class C:\n def __bool__(s): return 1\nbool(C())', '->', type(e).__name__, e)

try:
    class C:
     def __len__(s): return -1
    len(C())
    print('OK', 'class C:\n def __len__(s): return -1\nlen(C())')
except BaseException as e:
    print('class C:\n def __len__(s): return -1\nlen(C())', '->', type(e).__name__, e)

try:
    class C:
     def __len__(s): return -1
    bool(C())
    print('OK', 'class C:\n def __len__(s): return -1\nbool(C())')
except BaseException as e:
    print('class C:\n def __len__(s): return -1\nbool(C())', '->', type(e).__name__, e)

try:
    class C:
     def __iter__(s): return 1
    iter(C())
    print('OK', 'class C:\n def __iter__(s): return 1\niter(C())')
except BaseException as e:
    print('class C:\n def __iter__(s): return 1\niter(C())', '->', type(e).__name__, e)

try:
    [][1]
    print('OK', '[][1]')
except BaseException as e:
    print('[][1]', '->', type(e).__name__, e)

try:
    []['a']
    print('OK', "[]['a']")
except BaseException as e:
    print("[]['a']", '->', type(e).__name__, e)

try:
    {}[[]]
    print('OK', '{}[[]]')
except BaseException as e:
    print('{}[[]]', '->', type(e).__name__, e)

try:
    (1)[0]
    print('OK', '(1)[0]')
except BaseException as e:
    print('(1)[0]', '->', type(e).__name__, e)

try:
    1 in 1
    print('OK', '1 in 1')
except BaseException as e:
    print('1 in 1', '->', type(e).__name__, e)

try:
    del (1)[0]
    print('OK', 'del (1)[0]')
except BaseException as e:
    print('del (1)[0]', '->', type(e).__name__, e)

try:
    (1)[0] = 1
    print('OK', '(1)[0] = 1')
except BaseException as e:
    print('(1)[0] = 1', '->', type(e).__name__, e)

try:
    -'a'
    print('OK', "-'a'")
except BaseException as e:
    print("-'a'", '->', type(e).__name__, e)

try:
    ~1.5
    print('OK', '~1.5')
except BaseException as e:
    print('~1.5', '->', type(e).__name__, e)

try:
    list.append(1, 2)
    print('OK', 'list.append(1, 2)')
except BaseException as e:
    print('list.append(1, 2)', '->', type(e).__name__, e)

try:
    list.append()
    print('OK', 'list.append()')
except BaseException as e:
    print('list.append()', '->', type(e).__name__, e)

try:
    [].append(1,2)
    print('OK', '[].append(1,2)')
except BaseException as e:
    print('[].append(1,2)', '->', type(e).__name__, e)

try:
    [].append(x=1)
    print('OK', '[].append(x=1)')
except BaseException as e:
    print('[].append(x=1)', '->', type(e).__name__, e)

try:
    [].pop(1,2)
    print('OK', '[].pop(1,2)')
except BaseException as e:
    print('[].pop(1,2)', '->', type(e).__name__, e)

try:
    [].pop()
    print('OK', '[].pop()')
except BaseException as e:
    print('[].pop()', '->', type(e).__name__, e)

try:
    [].insert(1)
    print('OK', '[].insert(1)')
except BaseException as e:
    print('[].insert(1)', '->', type(e).__name__, e)

try:
    [].copy(1)
    print('OK', '[].copy(1)')
except BaseException as e:
    print('[].copy(1)', '->', type(e).__name__, e)

try:
    ''.split(1,2,3)
    print('OK', "''.split(1,2,3)")
except BaseException as e:
    print("''.split(1,2,3)", '->', type(e).__name__, e)

try:
    ''.split(1)
    print('OK', "''.split(1)")
except BaseException as e:
    print("''.split(1)", '->', type(e).__name__, e)

try:
    ''.join([1])
    print('OK', "''.join([1])")
except BaseException as e:
    print("''.join([1])", '->', type(e).__name__, e)

try:
    '%d' % 'a'
    print('OK', "'%d' % 'a'")
except BaseException as e:
    print("'%d' % 'a'", '->', type(e).__name__, e)

try:
    '%s %s' % (1,)
    print('OK', "'%s %s' % (1,)")
except BaseException as e:
    print("'%s %s' % (1,)", '->', type(e).__name__, e)

try:
    '%s' % (1,2)
    print('OK', "'%s' % (1,2)")
except BaseException as e:
    print("'%s' % (1,2)", '->', type(e).__name__, e)

try:
    int('x')
    print('OK', "int('x')")
except BaseException as e:
    print("int('x')", '->', type(e).__name__, e)

try:
    int('1', 40)
    print('OK', "int('1', 40)")
except BaseException as e:
    print("int('1', 40)", '->', type(e).__name__, e)

try:
    int(1, 10)
    print('OK', 'int(1, 10)')
except BaseException as e:
    print('int(1, 10)', '->', type(e).__name__, e)

try:
    float('x')
    print('OK', "float('x')")
except BaseException as e:
    print("float('x')", '->', type(e).__name__, e)

try:
    int([])
    print('OK', 'int([])')
except BaseException as e:
    print('int([])', '->', type(e).__name__, e)

try:
    float([])
    print('OK', 'float([])')
except BaseException as e:
    print('float([])', '->', type(e).__name__, e)

try:
    range(1.5)
    print('OK', 'range(1.5)')
except BaseException as e:
    print('range(1.5)', '->', type(e).__name__, e)

try:
    range()
    print('OK', 'range()')
except BaseException as e:
    print('range()', '->', type(e).__name__, e)

try:
    range(1,2,0)
    print('OK', 'range(1,2,0)')
except BaseException as e:
    print('range(1,2,0)', '->', type(e).__name__, e)

try:
    [].index(1)
    print('OK', '[].index(1)')
except BaseException as e:
    print('[].index(1)', '->', type(e).__name__, e)

try:
    [].remove(1)
    print('OK', '[].remove(1)')
except BaseException as e:
    print('[].remove(1)', '->', type(e).__name__, e)

try:
    ().index(1)
    print('OK', '().index(1)')
except BaseException as e:
    print('().index(1)', '->', type(e).__name__, e)

try:
    {}.pop(1)
    print('OK', '{}.pop(1)')
except BaseException as e:
    print('{}.pop(1)', '->', type(e).__name__, e)

try:
    {}.popitem()
    print('OK', '{}.popitem()')
except BaseException as e:
    print('{}.popitem()', '->', type(e).__name__, e)

try:
    set().pop()
    print('OK', 'set().pop()')
except BaseException as e:
    print('set().pop()', '->', type(e).__name__, e)

try:
    set().remove(1)
    print('OK', 'set().remove(1)')
except BaseException as e:
    print('set().remove(1)', '->', type(e).__name__, e)

try:
    'abc'.index('d')
    print('OK', "'abc'.index('d')")
except BaseException as e:
    print("'abc'.index('d')", '->', type(e).__name__, e)

try:
    class A: pass
    class B(A): pass
    class C(A, B): pass
    print('OK', 'class A: pass\nclass B(A): pass\nclass C(A, B): pass')
except BaseException as e:
    print('class A: pass\nclass B(A): pass\nclass C(A, B): pass', '->', type(e).__name__, e)

try:
    class C(1): pass
    print('OK', 'class C(1): pass')
except BaseException as e:
    print('class C(1): pass', '->', type(e).__name__, e)

try:
    class C(int, str): pass
    print('OK', 'class C(int, str): pass')
except BaseException as e:
    print('class C(int, str): pass', '->', type(e).__name__, e)

try:
    class C(bool): pass
    print('OK', 'class C(bool): pass')
except BaseException as e:
    print('class C(bool): pass', '->', type(e).__name__, e)

try:
    class C:
     pass
    C(1)
    print('OK', 'class C:\n pass\nC(1)')
except BaseException as e:
    print('class C:\n pass\nC(1)', '->', type(e).__name__, e)

try:
    class C:
     def __init__(s): pass
    C(1)
    print('OK', 'class C:\n def __init__(s): pass\nC(1)')
except BaseException as e:
    print('class C:\n def __init__(s): pass\nC(1)', '->', type(e).__name__, e)

try:
    class C:
     def __init__(s): return 1
    C()
    print('OK', 'class C:\n def __init__(s): return 1\nC()')
except BaseException as e:
    print('class C:\n def __init__(s): return 1\nC()', '->', type(e).__name__, e)

try:
    object(1)
    print('OK', 'object(1)')
except BaseException as e:
    print('object(1)', '->', type(e).__name__, e)

try:
    object.__new__(1)
    print('OK', 'object.__new__(1)')
except BaseException as e:
    print('object.__new__(1)', '->', type(e).__name__, e)

try:
    Exception(a=1)
    print('OK', 'Exception(a=1)')
except BaseException as e:
    print('Exception(a=1)', '->', type(e).__name__, e)

try:
    e=Exception(); e.__cause__ = 1
    print('OK', 'e=Exception(); e.__cause__ = 1')
except BaseException as e:
    print('e=Exception(); e.__cause__ = 1', '->', type(e).__name__, e)

try:
    e=Exception(); e.__context__ = 1
    print('OK', 'e=Exception(); e.__context__ = 1')
except BaseException as e:
    print('e=Exception(); e.__context__ = 1', '->', type(e).__name__, e)

try:
    e=Exception(); e.__traceback__ = 1
    print('OK', 'e=Exception(); e.__traceback__ = 1')
except BaseException as e:
    print('e=Exception(); e.__traceback__ = 1', '->', type(e).__name__, e)

try:
    e=Exception(); e.add_note(1)
    print('OK', 'e=Exception(); e.add_note(1)')
except BaseException as e:
    print('e=Exception(); e.add_note(1)', '->', type(e).__name__, e)

try:
    e=Exception(); e.args = 1; print(e.args)
    print('OK', 'e=Exception(); e.args = 1; print(e.args)')
except BaseException as e:
    print('e=Exception(); e.args = 1; print(e.args)', '->', type(e).__name__, e)

try:
    print(KeyError('a'), KeyError('a','b'), KeyError(), repr(KeyError('a')), str(Exception(1)), repr(Exception(1,2)))
    print('OK', "print(KeyError('a'), KeyError('a','b'), KeyError(), repr(KeyError('a')), str(Exception(1)), repr(Exception(1,2)))")
except BaseException as e:
    print("print(KeyError('a'), KeyError('a','b'), KeyError(), repr(KeyError('a')), str(Exception(1)), repr(Exception(1,2)))", '->', type(e).__name__, e)

try:
    print(repr(ValueError()), str(ValueError('x')), StopIteration(1).value, SystemExit(3).code, SystemExit().code)
    print('OK', "print(repr(ValueError()), str(ValueError('x')), StopIteration(1).value, SystemExit(3).code, SystemExit().code)")
except BaseException as e:
    print("print(repr(ValueError()), str(ValueError('x')), StopIteration(1).value, SystemExit(3).code, SystemExit().code)", '->', type(e).__name__, e)

try:
    sorted([1,'a'])
    print('OK', "sorted([1,'a'])")
except BaseException as e:
    print("sorted([1,'a'])", '->', type(e).__name__, e)

try:
    max([])
    print('OK', 'max([])')
except BaseException as e:
    print('max([])', '->', type(e).__name__, e)

try:
    max()
    print('OK', 'max()')
except BaseException as e:
    print('max()', '->', type(e).__name__, e)

try:
    min(1)
    print('OK', 'min(1)')
except BaseException as e:
    print('min(1)', '->', type(e).__name__, e)

try:
    sum(['a'])
    print('OK', "sum(['a'])")
except BaseException as e:
    print("sum(['a'])", '->', type(e).__name__, e)

try:
    sum([], 'a')
    print('OK', "sum([], 'a')")
except BaseException as e:
    print("sum([], 'a')", '->', type(e).__name__, e)

try:
    chr(-1)
    print('OK', 'chr(-1)')
except BaseException as e:
    print('chr(-1)', '->', type(e).__name__, e)

try:
    ord('ab')
    print('OK', "ord('ab')")
except BaseException as e:
    print("ord('ab')", '->', type(e).__name__, e)

try:
    divmod(1, 0)
    print('OK', 'divmod(1, 0)')
except BaseException as e:
    print('divmod(1, 0)', '->', type(e).__name__, e)

try:
    1/0
    print('OK', '1/0')
except BaseException as e:
    print('1/0', '->', type(e).__name__, e)

try:
    1//0
    print('OK', '1//0')
except BaseException as e:
    print('1//0', '->', type(e).__name__, e)

try:
    1%0
    print('OK', '1%0')
except BaseException as e:
    print('1%0', '->', type(e).__name__, e)

try:
    1.0/0
    print('OK', '1.0/0')
except BaseException as e:
    print('1.0/0', '->', type(e).__name__, e)

try:
    pow(2, 3, 0)
    print('OK', 'pow(2, 3, 0)')
except BaseException as e:
    print('pow(2, 3, 0)', '->', type(e).__name__, e)

try:
    round('a')
    print('OK', "round('a')")
except BaseException as e:
    print("round('a')", '->', type(e).__name__, e)

try:
    format(1, 'q')
    print('OK', "format(1, 'q')")
except BaseException as e:
    print("format(1, 'q')", '->', type(e).__name__, e)

try:
    format('a', 'd')
    print('OK', "format('a', 'd')")
except BaseException as e:
    print("format('a', 'd')", '->', type(e).__name__, e)

try:
    format(1.5, 'd')
    print('OK', "format(1.5, 'd')")
except BaseException as e:
    print("format(1.5, 'd')", '->', type(e).__name__, e)

try:
    getattr(1, 2)
    print('OK', 'getattr(1, 2)')
except BaseException as e:
    print('getattr(1, 2)', '->', type(e).__name__, e)

try:
    setattr(1, 'x')
    print('OK', "setattr(1, 'x')")
except BaseException as e:
    print("setattr(1, 'x')", '->', type(e).__name__, e)

try:
    isinstance(1, 1)
    print('OK', 'isinstance(1, 1)')
except BaseException as e:
    print('isinstance(1, 1)', '->', type(e).__name__, e)

try:
    issubclass(1, int)
    print('OK', 'issubclass(1, int)')
except BaseException as e:
    print('issubclass(1, int)', '->', type(e).__name__, e)

try:
    zip([1], [1,2], strict=True)
    print('OK', 'zip([1], [1,2], strict=True)')
except BaseException as e:
    print('zip([1], [1,2], strict=True)', '->', type(e).__name__, e)

try:
    list(zip([1], [1,2], strict=True))
    print('OK', 'list(zip([1], [1,2], strict=True))')
except BaseException as e:
    print('list(zip([1], [1,2], strict=True))', '->', type(e).__name__, e)

try:
    list(zip([1,2], [1], strict=True))
    print('OK', 'list(zip([1,2], [1], strict=True))')
except BaseException as e:
    print('list(zip([1,2], [1], strict=True))', '->', type(e).__name__, e)

try:
    print(1, sep=1)
    print('OK', 'print(1, sep=1)')
except BaseException as e:
    print('print(1, sep=1)', '->', type(e).__name__, e)

try:
    abs('a')
    print('OK', "abs('a')")
except BaseException as e:
    print("abs('a')", '->', type(e).__name__, e)

try:
    callable()
    print('OK', 'callable()')
except BaseException as e:
    print('callable()', '->', type(e).__name__, e)

try:
    super()
    print('OK', 'super()')
except BaseException as e:
    print('super()', '->', type(e).__name__, e)

try:
    type('a')
    print('OK', "type('a')")
except BaseException as e:
    print("type('a')", '->', type(e).__name__, e)

try:
    type(1,2)
    print('OK', 'type(1,2)')
except BaseException as e:
    print('type(1,2)', '->', type(e).__name__, e)

try:
    type('A', (1,), {})
    print('OK', "type('A', (1,), {})")
except BaseException as e:
    print("type('A', (1,), {})", '->', type(e).__name__, e)

try:
    class M(type): pass
    class N(type): pass
    class A(metaclass=M): pass
    class B(metaclass=N): pass
    class C(A, B): pass
    print('OK', 'class M(type): pass\nclass N(type): pass\nclass A(metaclass=M): pass\nclass B(metaclass=N): pass\nclass C(A, B): pass')
except BaseException as e:
    print('class M(type): pass\nclass N(type): pass\nclass A(metaclass=M): pass\nclass B(metaclass=N): pass\nclass C(A, B): pass', '->', type(e).__name__, e)
