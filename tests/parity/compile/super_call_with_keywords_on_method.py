# super().m(...) with keyword arguments: LOAD_SUPER_ATTR method form followed by CALL_KW
class C(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(name="c", size=1)
        super().__init__(*args, **kwargs)
