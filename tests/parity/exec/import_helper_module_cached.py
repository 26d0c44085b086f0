import _helper_counter
import _helper_counter as again
from _helper_counter import bump
print(_helper_counter is again)
bump(); bump()
print(again.count)
import sys
print('_helper_counter' in sys.modules)
