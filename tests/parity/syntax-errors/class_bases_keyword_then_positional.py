class C(metaclass=M, Base):
    pass
