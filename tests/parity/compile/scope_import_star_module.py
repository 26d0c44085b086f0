# 'from m import *' at module level uses CALL_INTRINSIC_1 (INTRINSIC_IMPORT_STAR)
from os.path import *
print(join)
