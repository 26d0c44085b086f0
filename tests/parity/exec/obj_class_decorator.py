def register(cls):
    cls.registered = True
    return cls

def add_repr(cls):
    cls.__repr__ = lambda self: f'<{cls.__name__} {vars(self)}>'
    return cls

@register
@add_repr
class P:
    def __init__(self):
        self.a = 1

print(P(), P.registered)
