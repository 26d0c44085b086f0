"""The check of the parity area `syntax-errors` (see tests/parity/README.md).

Usage, from the fixture's folder: python3.13 cpython_parser_error.py NAME.py

A fixture of that area must be rejected by CPython's parser (tokenizer included), not later by
its compiler or symbol table. This parses the file's bytes with `ast.parse`, naming the file by
the absolute path CPython gives a script:

- exit 0: the parser rejects the bytes; stdout is the error as a traceback's last lines show
  it, which the regeneration tool requires the script run's stderr to end with (unless the
  fixture is listed as one whose file and bytes errors may differ);
- exit 1: the parser accepts the bytes but the compiler rejects them, or something other than
  a SyntaxError happened: the fixture belongs to another area;
- exit 3: both the parser and the compiler accept the bytes, so whatever error running the
  script gives comes from reading the file (its decoding): acceptable only for fixtures listed
  as differing between file and bytes input.
"""
import ast
import os
import sys
import traceback


def main():
    name = sys.argv[1]
    with open(name, 'rb') as f:
        source = f.read()
    path = os.path.join(os.getcwd(), name)
    try:
        ast.parse(source, path)
    except SyntaxError as e:
        sys.stdout.write(''.join(traceback.format_exception_only(e)))
        sys.exit(0)
    except Exception as e:
        print(f"ast.parse raised {type(e).__name__} (not a SyntaxError): {e}")
        sys.exit(1)
    try:
        compile(source, path, 'exec')
    except SyntaxError as e:
        print(f"CPython's parser accepts this file; its compiler rejects it ({e.msg}):"
              " it belongs to another area")
        sys.exit(1)
    print("ast.parse and compile both accept these bytes: only reading the file as a script fails")
    sys.exit(3)


main()
