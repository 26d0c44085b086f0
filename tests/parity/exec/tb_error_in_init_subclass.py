class Base:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith('Good'):
            raise TypeError(f'bad subclass name {cls.__name__}')

class GoodOne(Base):
    pass

print('GoodOne ok')

class Bad(Base):
    pass
