"""The check of the parity area `syntax-errors` (see tests/parity/README.md).

Usage, from the fixture's folder: python3.13 cpython_parser_error.py NAME.py

A fixture of that area must be rejected by CPython's parser (tokenizer included), not later by
its compiler or symbol table. This parses the file's bytes with `ast.parse`, naming it by the
absolute path CPython gives a script, and on a SyntaxError prints the error as a traceback's
last lines would and exits 0: the regeneration tool then requires the fixture's own stderr
(running it as a script) to end with exactly this text. Exits 1, saying why, when the parser
accepts the file or fails with something other than a SyntaxError.
"""
import ast
import os
import sys
import traceback


def main():
    name = sys.argv[1]
    with open(name, 'rb') as f:
        source = f.read()
    try:
        ast.parse(source, os.path.join(os.getcwd(), name))
    except SyntaxError as e:
        sys.stdout.write(''.join(traceback.format_exception_only(e)))
        sys.exit(0)
    except Exception as e:
        print(f"ast.parse raised {type(e).__name__} (not a SyntaxError): {e}")
        sys.exit(1)
    print("CPython's parser accepts this file: its error, if any, comes from the compiler"
          " (symtable, codegen), so it belongs to another area")
    sys.exit(1)


main()
