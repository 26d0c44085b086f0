# A module with a syntax error: SyntaxError with its attributes, the module is not left in
# sys.modules, and a second import raises again. The last one is uncaught: its traceback.
import sys

for attempt in range(2):
    try:
        import _helper_bad_syntax
    except SyntaxError as e:
        print(attempt, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename.rsplit("/", 1)[1])
    print("in sys.modules:", "_helper_bad_syntax" in sys.modules)

import _helper_bad_syntax
