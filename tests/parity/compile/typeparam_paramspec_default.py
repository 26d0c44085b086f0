# A ParamSpec with a default
class C[**P = [int, str]]:
    pass
