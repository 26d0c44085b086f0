# Relative imports: the level argument of IMPORT_NAME
from . import sibling
from .. import parent
from .mod import name
from ...pkg.sub import thing as other
