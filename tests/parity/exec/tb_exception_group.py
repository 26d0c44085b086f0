def f():
    raise ExceptionGroup('several', [ValueError('v'), TypeError('t'), ExceptionGroup('inner', [KeyError('k')])])

f()
