import sys
class A:
    x = 1
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))
    code = sys._getframe().f_code.co_name
print(A.names, A.code, sys._getframe().f_code.co_name)
print(sys._getframe().f_locals is globals())
