# The ResourceWarning of a file closed by its finalisation names the outermost object (the
# wrapper the program abandoned), whatever the mode; a file closed by the program warns nothing.
import gc
import os
import shutil
import tempfile
import warnings

d = tempfile.mkdtemp()
os.chdir(d)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    open('t.txt', 'w', encoding='utf-8').write('text')
    gc.collect()
    open('b.bin', 'wb').write(b'binary')
    gc.collect()
    open('u.bin', 'wb', buffering=0).write(b'raw')
    gc.collect()
    open('t.txt', encoding='utf-8').read()
    gc.collect()
    with open('closed.txt', 'w') as f:
        f.write('closed')
    f = None
    gc.collect()
for w in caught:
    print(w.category.__name__, w.message, type(w.source).__name__)
print(open('t.txt').read(), open('b.bin', 'rb').read(), open('u.bin', 'rb').read())
os.chdir('/')
shutil.rmtree(d)
