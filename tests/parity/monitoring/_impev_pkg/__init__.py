# a package imported by the import fixtures: a relative import in its body
from . import base
NAME = 'pkg'
