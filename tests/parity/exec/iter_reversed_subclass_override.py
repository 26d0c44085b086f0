# reversed() calls __reversed__ of dict and list subclasses (OrderedDict after move_to_end).
from collections import OrderedDict
od = OrderedDict.fromkeys('abcd')
od.move_to_end('a')
od.move_to_end('c', last=False)
print(list(od), list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
class L(list):
    def __reversed__(self):
        print('L.__reversed__')
        return iter(['custom'])
print(list(reversed(L([1, 2, 3]))))
class L2(list):
    pass
print(list(reversed(L2([1, 2, 3]))), type(reversed(L2([1]))).__name__)
print(list([1, 2, 3].__reversed__()), type([].__reversed__()).__name__)
class D(dict):
    def __reversed__(self):
        print('D.__reversed__')
        return iter('zy')
print(list(reversed(D(a=1, b=2))))
class D2(dict):
    pass
print(list(reversed(D2(a=1, b=2))), list(reversed(D2(a=1, b=2).items())))
print(list(reversed({1: 2, 3: 4})), list({1: 2, 3: 4}.__reversed__()))
class R(list):
    __reversed__ = None
try:
    reversed(R())
except TypeError as e:
    print('TypeError', e)
