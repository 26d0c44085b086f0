# open() (io.open, builtins.open), io.open_code, io.text_encoding (its default depends on the
# UTF-8 mode: not printed), the classes open() stacks per mode and buffering, bad arguments.
import os
import tempfile

scratch = tempfile.TemporaryDirectory()
home = os.getcwd()
os.chdir(scratch.name)
import io, pathlib, warnings
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))
print(open is io.open, open, io.open_code, io.text_encoding)
with open('t.txt', 'w') as f:
    print(f.write('hi\nthere\n'), f.mode, f.name, f.line_buffering)
with open(pathlib.Path('t.txt'), 'rb') as f:
    print(f.read(), type(f).__name__, f.raw)
with open('t.txt', 'r+b', buffering=0) as f:
    print(type(f).__name__, f.read(2))
with open('t.txt', 'a', buffering=1) as f:
    print(f.line_buffering, f.write('more\n'))
with io.open_code('t.txt') as f:
    print(f.read(), type(f).__name__)
print(io.text_encoding(None) in ('utf-8', 'locale'), io.text_encoding('x'))
attempt('bad mode', lambda: open('t.txt', 'rr'))
attempt('bad mode2', lambda: open('t.txt', 'z'))
attempt('bad mode3', lambda: open('t.txt', 'rw'))
attempt('tb', lambda: open('t.txt', 'tb'))
attempt('b', lambda: open('t.txt', 'b'))
attempt('enc', lambda: open('t.txt', 'rb', encoding='utf-8'))
attempt('err', lambda: open('t.txt', 'rb', errors='strict'))
attempt('nl', lambda: open('t.txt', 'rb', newline=''))
attempt('unbuffered text', lambda: open('t.txt', 'r', buffering=0))
attempt('mode type', lambda: open('t.txt', 1))
attempt('enc type', lambda: open('t.txt', 'r', encoding=1))
attempt('buffering type', lambda: open('t.txt', 'r', 'x'))
attempt('file type', lambda: open([1]))
attempt('file float', lambda: open(1.5))
attempt('missing', lambda: open('nope/t.txt'))
attempt('kw', lambda: open('t.txt', foo=1))
attempt('open_code', lambda: io.open_code(b't.txt'))
attempt('text_encoding', lambda: io.text_encoding())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with open('t.txt', 'rb', buffering=1) as f:
        pass
    print([str(x.message) for x in w])
with open('t.txt', 'w', buffering=-1) as f:
    print(f.buffer.raw.closefd, type(f.buffer).__name__)
os.remove('t.txt')
os.chdir(home)
scratch.cleanup()
