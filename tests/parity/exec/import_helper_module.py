import _helper_math
from _helper_math import square, PI as pi_value
print(_helper_math.__name__, square(7), pi_value, _helper_math.cube(3))
print(_helper_math.module_level_log)
