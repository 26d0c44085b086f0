# from-import: IMPORT_NAME with a fromlist tuple, IMPORT_FROM per name
from os import path, sep
from os.path import join as j, split
from collections import (
    OrderedDict,
    defaultdict as dd,
)
