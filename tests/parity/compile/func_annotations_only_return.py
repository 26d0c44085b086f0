# Only a return annotation, and annotations with complex expressions
def f() -> int: pass

def g(x: (lambda: int)(), y: a.b[c]) -> x | None: pass
