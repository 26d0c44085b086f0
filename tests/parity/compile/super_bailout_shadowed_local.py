# 'super' bound locally: no LOAD_SUPER_ATTR, an ordinary call and attribute load
class C(Base):
    def m(self):
        super = make_super()
        return super().m()
