# Modules CPython has imported before a program starts (io, os, codecs, encodings, abc, stat,
# ...) and the UTF-8 codec lookup run no Python code a profiler or tracer can see
# when the program first uses them: the first text-mode open() and 'import os' are silent.
import sys

events = []
def prof(frame, event, arg):
    if event in ('call', 'return'):
        events.append((event, frame.f_code.co_name, frame.f_code.co_filename.rsplit('/', 1)[-1]))

def tracer(frame, event, arg):
    events.append(('trace', event, frame.f_code.co_name))
    return tracer

sys.setprofile(prof)
with open(__file__, encoding='utf-8') as fh:
    first = fh.readline()
with open(__file__) as fh:
    fh.read(10)
import os, io, abc, stat, codecs, posixpath, genericpath
sys.setprofile(None)
print(first.strip())
for e in events:
    print(e)

events.clear()
sys.settrace(tracer)
'x'.encode('utf-8')
b'y'.decode('UTF-8')
import encodings, encodings.aliases, encodings.utf_8
sys.settrace(None)
for e in events:
    print(e)
print('done', os.path.basename(__file__))
