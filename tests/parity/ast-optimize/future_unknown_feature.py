from __future__ import generators, nested_scopes, division, absolute_import
from __future__ import with_statement, print_function, unicode_literals, generator_stop
from __future__ import (barry_as_FLUFL,
    teleportation)
