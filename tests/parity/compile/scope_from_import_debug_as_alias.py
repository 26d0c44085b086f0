# Importing a name called __debug__ under another alias is allowed
from . import __debug__ as debug_flag
