# A file still open at exit is closed then; when its close() fails, 3.13.0 reports the error
# as unraisable (no traceback: no Python frame runs at that point) and exits with status 0.
import sys

f = open('/dev/null', 'w', encoding='utf-8')
f.write('x')
f.flush = None
print('end')
