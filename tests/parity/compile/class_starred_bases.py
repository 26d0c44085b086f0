# Class with starred bases and **kwargs: CALL_FUNCTION_EX for __build_class__
class C(*bases, **options):
    pass

class D(A, *more, key=1, **kw):
    pass
