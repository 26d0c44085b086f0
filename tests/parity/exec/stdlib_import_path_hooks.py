# sys.path_hooks and sys.path_importer_cache are consulted for the entries of sys.path (and
# of a package's __path__) by the import statement, as PathFinder does.
import sys
import importlib.abc
import importlib.machinery
import importlib.util

log = []


class EntryLoader(importlib.abc.Loader):
    def __init__(self, entry):
        self.entry = entry

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.entry = self.entry
        if module.__spec__.submodule_search_locations is not None:
            module.__path__ = [self.entry + '/' + module.__name__]


class EntryFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, name, target=None):
        log.append(('find', self.entry, name))
        if name.rpartition('.')[2].startswith('hooked'):
            is_pkg = name == 'hooked_pkg'
            return importlib.util.spec_from_loader(name, EntryLoader(self.entry), is_package=is_pkg)
        return None


def hook(entry):
    log.append(('hook', entry))
    if entry.startswith('virtual:'):
        return EntryFinder(entry)
    raise ImportError('not mine')


sys.path_hooks.insert(0, hook)
sys.path.insert(0, 'virtual:one')
import hooked_a
print(hooked_a.entry, type(sys.path_importer_cache['virtual:one']).__name__)
import hooked_pkg
print(hooked_pkg.__path__)
import hooked_pkg.hooked_sub
print(hooked_pkg.hooked_sub.entry, hooked_pkg.hooked_sub.__name__)
try:
    import hooked_pkg.other
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import _helper_math
print(_helper_math.__name__)
for entry in log:
    print(*entry)
log.clear()

# an entry already in the cache: its finder answers without the hooks
sys.path_importer_cache['virtual:two'] = EntryFinder('virtual:two-cached')
sys.path.insert(0, 'virtual:two')
import hooked_b
print(hooked_b.entry)
print(log)
log.clear()

# None in the cache: the entry is skipped
sys.path_importer_cache['virtual:three'] = None
sys.path.insert(0, 'virtual:three')
import hooked_c
print(hooked_c.entry)
print(log)

# non-str entries are skipped
sys.path.insert(0, 42)
sys.path.insert(0, b'virtual:bytes')
import hooked_d
print(hooked_d.entry)
sys.path[:] = [p for p in sys.path if isinstance(p, str) and not p.startswith('virtual:')]
sys.path_hooks.remove(hook)
print([type(h).__name__ for h in sys.path_hooks])
