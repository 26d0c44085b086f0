# A finder a program puts on sys.meta_path is consulted by the import statement, in order
# with the standard finders, and the spec it returns is loaded by importlib (module_from_spec,
# exec_module, sys.modules, the parent's attribute); finders without find_spec are skipped.
import sys
import importlib.abc
import importlib.util
import importlib.machinery

log = []


class Logger(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith(('virt', 'textwrap', '_helper')):
            log.append(('front', name, path is None))
        return None


class VirtualLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        log.append(('exec', module.__name__, module.__spec__.name, module.__loader__ is self,
                    sys.modules.get(module.__name__) is module))
        module.value = module.__name__.upper()
        if module.__name__ == 'virt':
            module.__path__ = []


class Virtual(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        log.append(('virtual', name, path))
        if name in ('virt', 'virt.sub', 'virt.other'):
            return importlib.util.spec_from_loader(name, VirtualLoader(), is_package=name == 'virt')
        return None


class NoFindSpec:
    pass


sys.meta_path.insert(0, Logger())
sys.meta_path.insert(1, NoFindSpec())
sys.meta_path.append(Virtual())
print([type(f).__name__ for f in sys.meta_path[:2]], [f.__name__ for f in sys.meta_path[2:5]])

import textwrap
import _helper_math
import virt
import virt.sub
from virt import other
print(virt.value, virt.sub.value, other.value, virt.sub is sys.modules['virt.sub'])
print(type(virt.__spec__).__name__, virt.__spec__.parent, virt.__spec__.submodule_search_locations, virt.__package__)
print(type(virt.__loader__).__name__, virt.sub.__package__, hasattr(virt, '__file__'))
for entry in log:
    print(*entry)
log.clear()

try:
    import virt.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
for entry in log:
    print(*entry)


# a finder that blocks a module (test isolation tools do this)
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == 'fractions':
            raise ModuleNotFoundError('blocked ' + name, name=name)
        return None


sys.meta_path.insert(0, Block())
try:
    import fractions
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, 'fractions' in sys.modules)
del sys.meta_path[0]
import fractions
print(fractions.Fraction(1, 3))


# a loader that puts another object in sys.modules: the import binds that object
class Replacing(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        sys.modules[module.__name__] = ('replacement', module.__name__)


class ReplacingFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == 'swapped':
            return importlib.machinery.ModuleSpec(name, Replacing())
        return None


sys.meta_path.insert(0, ReplacingFinder())
import swapped
print(swapped)


# a failing exec_module leaves nothing in sys.modules
class Failing(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise RuntimeError('exec failed for ' + module.__name__)


class FailingFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == 'broken_virtual':
            return importlib.machinery.ModuleSpec(name, Failing())
        return None


sys.meta_path.insert(0, FailingFinder())
try:
    import broken_virtual
except RuntimeError as e:
    print(type(e).__name__, e, 'broken_virtual' in sys.modules)

# the standard finders alone again
sys.meta_path[:] = [f for f in sys.meta_path if isinstance(f, type)]
print([f.__name__ for f in sys.meta_path])
import string
print(string.__spec__.name, type(string.__loader__).__name__)
