# A file object nobody refers to any more is closed, so flushed, as CPython closes it when its
# reference count reaches zero (iobase_finalize); pyjama closes it when the JVM collects it, at
# the latest at gc.collect(). Text, binary, append, read-write, a function's local, many files,
# an import of a module written that way; a file still referenced is left alone.
import gc
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
os.chdir(d)

open('a.txt', 'w').write('hello\n')
gc.collect()
print(repr(open('a.txt').read()))

open('b.bin', 'wb').write(b'\x00\x01 binary')
gc.collect()
print(open('b.bin', 'rb').read())

for i in range(3):
    open('c.txt', 'a').write(f'appended {i}\n')
    gc.collect()
print(open('c.txt').read(), end='')

f = open('r.bin', 'w+b')
f.write(b'read-write')
f = None
gc.collect()
print(open('r.bin', 'rb').read())


def writer(name, text):
    f = open(name, 'w', encoding='utf-8')
    f.write(text)


writer('d.txt', 'from a function \u00e9\n')
gc.collect()
print(open('d.txt', encoding='utf-8').read(), end='')

for i in range(500):
    open(f'm{i}.txt', 'w').write('many %d' % i)
gc.collect()
print('many:', sum(open(f'm{i}.txt').read() == 'many %d' % i for i in range(500)))

big = 'x' * 100000
open('big.txt', 'w').write(big + 'end')
gc.collect()
print('big:', open('big.txt').read() == big + 'end')

open('abandoned_mod.py', 'w').write('VALUE = 42\n')
gc.collect()
sys.path.insert(0, d)
import abandoned_mod
print('imported:', abandoned_mod.VALUE)

# a detached buffer lives on its own: abandoned, it is flushed
b = open('e.bin', 'w').detach()
b.write(b'detached')
b = None
gc.collect()
print(open('e.bin', 'rb').read())

# still referenced: not closed, nothing written yet
keep = open('k.txt', 'w')
keep.write('kept')
gc.collect()
print(keep.closed, os.path.getsize('k.txt'))
keep.close()
print(keep.closed, repr(open('k.txt').read()))

os.chdir('/')
shutil.rmtree(d)
