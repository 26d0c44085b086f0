# Modules the import statement loads carry importlib's ModuleSpec and loader, also those
# imported before importlib itself; pkgutil.get_data, importlib.resources and inspect use them.
import _helper_math
import textwrap
import json
import json.decoder
import sys
import importlib.machinery
import importlib.resources
import inspect
import os
import pkgutil
import string
stdlib = os.path.dirname(os.__file__)


def show(m):
    spec = m.__spec__
    origin = spec.origin.replace(stdlib, '{stdlib}')
    locs = spec.submodule_search_locations
    if locs is not None:
        locs = [p.replace(stdlib, '{stdlib}') for p in locs]
    print(m.__name__, type(spec).__name__, type(m.__loader__).__name__, m.__loader__ is spec.loader,
          origin, spec.has_location, spec.parent, locs, spec.cached is not None and spec.cached.endswith('.pyc'),
          spec.name, spec.loader_state)
    if isinstance(m.__loader__, importlib.machinery.SourceFileLoader):
        print('  loader', m.__loader__.name, m.__loader__.path == m.__file__, m.__loader__.is_package(m.__name__))


for m in (_helper_math, textwrap, json, json.decoder, string, importlib.resources):
    show(m)
print(_helper_math.__spec__.origin == os.path.abspath('_helper_math.py'))
print(os.__spec__.origin, os.__spec__.has_location, os.__spec__.loader_state.origname,
      os.__spec__.loader_state.filename == os.__file__, type(os.__loader__).__name__)
print(sys.__spec__.origin, type(sys.__loader__).__name__)

print(pkgutil.get_data('json', '__init__.py')[:10])
print(importlib.resources.files('json').joinpath('__init__.py').read_text()[:10])
print(importlib.resources.files('json').joinpath('tool.py').is_file())
print(len(inspect.getsource(textwrap)) == len(open(textwrap.__file__).read()))
print(inspect.getsource(_helper_math).splitlines()[0])
print(_helper_math.__loader__.get_source('_helper_math').splitlines()[0])
print(type(json.__loader__.get_code('json')).__name__)
print(importlib.util.find_spec('textwrap') is not None, importlib.util.find_spec('textwrap').origin == textwrap.__file__)
