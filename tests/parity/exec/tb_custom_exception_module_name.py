class MyError(Exception):
    pass

raise MyError('custom', 42)
