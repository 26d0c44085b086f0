import sys
for a in [True, '1', 10**20, 2**32, 2**31, -1, 1.5, -2**70, None]:
    try: print(sys._getframe(a))
    except Exception as e: print(type(e).__name__, e)
try: sys._getframe(1, 2)
except Exception as e: print(type(e).__name__, e)
try: sys._getframe(x=1)
except Exception as e: print(type(e).__name__, e)
for v in [5, 'x', None]:
    e = ValueError('x')
    try: e.with_traceback(v); print('ok', v)
    except Exception as ex: print(type(ex).__name__, ex)
    try: e.__traceback__ = v; print('ok', v)
    except Exception as ex: print(type(ex).__name__, ex)
for v in [2**70, 2**31, -1, 0, 'x', 1.5, True]:
    old = sys.getrecursionlimit()
    try: sys.setrecursionlimit(v); print('ok', sys.getrecursionlimit())
    except Exception as ex: print(type(ex).__name__, ex)
    sys.setrecursionlimit(old)
for a in [(1,), (None,), ()]:
    try: print(sys.exc_info(*a))
    except Exception as ex: print(type(ex).__name__, ex)
try: sys.exception(1)
except Exception as ex: print(type(ex).__name__, ex)
try: sys.exc_info(x=1)
except Exception as ex: print(type(ex).__name__, ex)
