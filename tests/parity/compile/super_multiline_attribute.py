# super() attribute on a different line from the call
class C(Base):
    def m(self):
        return super(
        ).method(
            1)
