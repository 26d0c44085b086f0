# super() in a plain function: there is no __class__ cell, so no optimisation
def f(self):
    return super().m()
