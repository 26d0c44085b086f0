from _helper_star import *
print(public_one(), PUBLIC_CONST)
try:
    _private
except NameError as e:
    print(e)
try:
    not_exported
except NameError as e:
    print(e)
