class Base:
    @classmethod
    def create(cls):
        return f'Base.create({cls.__name__})'

class Child(Base):
    @classmethod
    def create(cls):
        return 'Child:' + super().create()

print(Child.create())
