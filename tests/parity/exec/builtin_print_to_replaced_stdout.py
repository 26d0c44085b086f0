# print() writes to sys.stdout as it is now: a replaced sys.stdout gets one write() per
# argument, separator and end; sys.stdout = None silences print; file= and flush= use the
# object's own methods; a file without write() fails as in CPython.
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append('<flush>')


rec = Recorder()
sys.stdout = rec
print('a', 1, [2], sep='--', end='!\n')
print()
print('x', 'y', flush=True)
sys.stdout = sys.__stdout__
print(rec.calls)

sys.stdout = None
print('not shown')
sys.stdout = sys.__stdout__
print('shown again')

other = Recorder()
print('to file', file=other, end='')
print(other.calls)


class NoFlush:
    def write(self, text):
        sys.__stdout__.write('[' + text + ']')


print('p', 'q', file=NoFlush())
try:
    print('p', file=NoFlush(), flush=True)
except AttributeError as e:
    print('\nAttributeError', e)
for bad in [lambda: print('z', file=42), lambda: print(sep=3), lambda: print(end=b'x')]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del sys.stdout
try:
    print('lost')
except RuntimeError as e:
    sys.__stdout__.write('RuntimeError %s\n' % e)
sys.stdout = sys.__stdout__
