# sys.setprofile around TextIOWrapper's methods: write, read, readline, tell, seek, flush,
# close, reconfigure, iteration and print() to a file are built-in methods, so the profiler
# sees c_call/c_return for them (and nothing inside the UTF-8 encoder), and the 'call'
# events of the codec's Python decoder that read() runs (encodings/codecs.py), as in CPython.
import io
import os
import sys

events = []


def profiler(frame, event, arg):
    name = os.path.basename(frame.f_code.co_filename)
    if event.startswith('c_'):
        owner = type(arg.__self__).__name__ if getattr(arg, '__self__', None) is not None else '-'
        what = f'{arg.__qualname__} self={owner}'
    else:
        what = ''
    events.append(f'{event} {name}:{frame.f_code.co_qualname} {what}')


NAME = 'setprofile_textio_scratch.txt'


def work():
    f = open(NAME, 'w', encoding='utf-8')
    f.write('héllo\n')
    print('world', file=f)
    f.writelines(['a\n', 'b\n'])
    f.flush()
    f.close()
    f = open(NAME, encoding='utf-8')
    f.readline()
    pos = f.tell()
    f.read(2)
    f.seek(pos)
    for line in f:
        pass
    f.close()
    s = io.TextIOWrapper(io.BytesIO(), encoding='latin-1')
    s.write('x')
    s.reconfigure(line_buffering=True)
    s.detach()


work()  # once unprofiled: the codecs' modules are imported and cached
sys.setprofile(profiler)
work()
sys.setprofile(None)
os.remove(NAME)
for e in events:
    print(e)
