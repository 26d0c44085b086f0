# from m import *: CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR, then POP_TOP
from os import *
from .local import *
