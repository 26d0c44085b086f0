# Dict comprehension with a conditional expression as value and an if clause
def f(items):
    return {k: (v if v else None) for k, v in items if k}
