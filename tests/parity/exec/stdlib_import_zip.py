# A zip archive on sys.path imports through zipimport (its hook is consulted for entries that
# are not folders): modules, packages, submodules, relative imports, data and a folder inside.
import os
import shutil
import sys
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, 'lib.zip')
with zipfile.ZipFile(archive, 'w') as z:
    z.writestr('zmod.py', 'X = 42\nprint("running", __name__)\n')
    z.writestr('zpkg/__init__.py', 'from . import sub\nfrom .sub import Y\n')
    z.writestr('zpkg/sub.py', 'Y = 7\n')
    z.writestr('zpkg/data.txt', 'hello data\n')
    z.writestr('inner/deep.py', 'Z = "deep"\n')
    z.writestr('zbad.py', 'def broken(:\n')


def rel(p):
    return p.replace(tmp, '{tmp}') if isinstance(p, str) else p


sys.path.insert(0, archive)
sys.path.insert(0, os.path.join(archive, 'inner'))
import zmod
print(zmod.X, rel(zmod.__file__), type(zmod.__loader__).__name__, rel(zmod.__spec__.origin))
import zpkg
print(zpkg.Y, zpkg.sub.Y, rel(zpkg.__path__[0]), zpkg.__spec__.parent, rel(zpkg.sub.__file__))
from zpkg import sub
print(sub is zpkg.sub, sub.__package__)
import deep
print(deep.Z, rel(deep.__file__))
import pkgutil
print(pkgutil.get_data('zpkg', 'data.txt'))
print(sorted(rel(k) for k, v in sys.path_importer_cache.items() if type(v).__name__ == 'zipimporter'))
print(zmod.__loader__.get_source('zmod').splitlines()[0], zmod.__loader__.is_package('zmod'))
try:
    import zbad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    import zmissing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# an entry that is a file but not an archive is skipped
plain = os.path.join(tmp, 'plain.txt')
with open(plain, 'w') as f:
    f.write('not a zip\n')
sys.path.insert(0, plain)
try:
    import zmissing2
except ModuleNotFoundError as e:
    print(type(e).__name__, e, sys.path_importer_cache.get(plain))
sys.path[:] = [p for p in sys.path if not p.startswith(tmp)]
shutil.rmtree(tmp)
