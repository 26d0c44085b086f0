# sys.displayhook writes repr to sys.stdout and keeps builtins._; compile(..., 'single') calls
# whatever sys.displayhook is now; staticmethod/classmethod reprs name what they wrap.
import sys, builtins
sys.displayhook(5)
print(builtins._)
sys.displayhook(None)
print(builtins._)
exec(compile("1 + 2", "<s>", "single"))
seen = []
sys.displayhook = seen.append
exec(compile("'x' * 2", "<s>", "single"))
print(seen)
del sys.displayhook
try:
    exec(compile("3", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError:", e)
class C:
    pass
print(staticmethod(len), classmethod(len), staticmethod(C))
print(repr(staticmethod.__new__(staticmethod)), repr(classmethod.__new__(classmethod)))
