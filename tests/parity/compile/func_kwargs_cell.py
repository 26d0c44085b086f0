# **kwargs and *args used by a closure
def f(*args, **kwargs):
    def g():
        return args, kwargs
    return g
