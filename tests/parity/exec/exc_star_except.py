try:
    raise ExceptionGroup('grp', [ValueError('v1'), TypeError('t1'), ValueError('v2'), KeyError('k')])
except* ValueError as g:
    print('values', g.exceptions)
except* TypeError as g:
    print('types', g.exceptions)
except* LookupError as g:
    print('lookups', repr(g))
try:
    try:
        raise ExceptionGroup('g', [OSError('o'), ZeroDivisionError('z')])
    except* OSError:
        print('handled OSError')
except ExceptionGroup as rest:
    print('rest', rest.exceptions)
