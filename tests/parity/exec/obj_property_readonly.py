class R:
    @property
    def value(self):
        return 42

r = R()
try:
    r.value = 1
except AttributeError as e:
    print(e)
try:
    del r.value
except AttributeError as e:
    print(e)
