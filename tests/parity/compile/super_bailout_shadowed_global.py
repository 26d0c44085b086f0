# 'super' assigned at module level: the optimisation is disabled everywhere
super = lambda: None

class C(Base):
    def m(self):
        return super().m()
