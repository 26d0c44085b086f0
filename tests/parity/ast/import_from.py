from os import path
from os import path as p
from os import path, sep
from os import (path, sep)
from os import (path, sep,)
from os import (path as p,
                sep as s,
                )
from os.path import join as j, split
from . import sibling
from .. import parent
from ... import grandparent
from .... import great
from ..... import greater
from .module import name
from ..pkg.module import name as alias
from ...a.b import (c)
from os import *
from .mod import *
from . import (a, b)
