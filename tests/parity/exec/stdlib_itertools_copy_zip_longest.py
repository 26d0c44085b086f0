# copy.copy, __reduce__ and __setstate__ of itertools.zip_longest (3.13: deprecated, still supported)
import copy, itertools, warnings
warnings.simplefilter("ignore")
def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])
z = itertools.zip_longest("abc", "d", fillvalue="-"); show(z); print(next(z), next(z)); show(z)
print(list(copy.copy(z)), list(z)); show(z)
z = itertools.zip_longest("ab", "cd"); z.__setstate__(0); print(list(z))
z = itertools.zip_longest(); show(z); print(list(z))
