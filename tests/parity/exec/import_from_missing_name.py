try:
    from _helper_math import not_there
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _missing_module_for_test
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
