# Without gc.collect(): opening a file again while a writer the program abandoned still holds
# unflushed data for it sees that data (CPython closed the writer when it was dropped), and
# appends through abandoned writers keep their order; a writer still referenced keeps its
# buffer until it is flushed, as in CPython.
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
os.chdir(d)
open('a.txt', 'w', encoding='utf-8').write('written\n')
print(repr(open('a.txt', encoding='utf-8').read()))
for i in range(60):
    open('log.txt', 'a', encoding='utf-8').write(f'{i},')
print(open('log.txt', encoding='utf-8').read())
open('b.bin', 'wb').write(b'bytes')
print(open('b.bin', 'rb').read())
open('c.txt', 'w', encoding='utf-8').write('first')
open('c.txt', 'a', encoding='utf-8').write(' second')
print(open('c.txt', encoding='utf-8').read())
keep = open('k.txt', 'w', encoding='utf-8')
keep.write('kept')
print(repr(open('k.txt', encoding='utf-8').read()))
keep.close()
print(repr(open('k.txt', encoding='utf-8').read()))
os.chdir('/')
shutil.rmtree(d)
