"""Generate src/main/resources/dev/pyjama/parser/charmap-tables.txt: the decoding table of
every single-byte ("charmap") codec of CPython 3.13's encodings package, so pyjama decodes
sources in those encodings exactly as CPython does (Java's charsets differ in places, and
lack some codecs).

One line per codec: the module name, a space, then 256 code points as 4 hex digits each
(byte 0 first); fffe marks a byte that maps to <undefined>.

Run with CPython 3.13:
    python3.13 tools/gen_charmap_tables.py > src/main/resources/dev/pyjama/parser/charmap-tables.txt
"""
import encodings
import pkgutil
import sys

assert sys.version_info[:2] == (3, 13), sys.version

for info in sorted(pkgutil.iter_modules(encodings.__path__), key=lambda m: m.name):
    name = info.name
    if name in ('utf_8', 'utf_8_sig', 'ascii', 'latin_1'):
        continue
    try:
        mod = __import__('encodings.' + name, fromlist=['_'])
    except ImportError:
        continue
    table = getattr(mod, 'decoding_table', None)
    if not isinstance(table, str):
        continue
    table = table[:256].ljust(256, '\ufffe')
    assert all(ord(c) <= 0xffff for c in table), name
    sys.stdout.write(name + ' ' + ''.join('%04x' % ord(c) for c in table) + '\n')
