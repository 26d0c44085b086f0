"""The CPython side of the parity area `ast` (see tests/parity/README.md).

Usage, from the fixture's folder: python3.13 cpython_dump_ast.py NAME.py

Parses the file's bytes as `ast.parse` does and prints the dump with attributes; on a
SyntaxError prints the error as the end of a traceback would, to stderr, and exits 1.
Warnings the parser raises (SyntaxWarning ...) reach stderr through the warnings module.
pyjama's `-X dump-ast NAME.py` prints the same.
"""
import ast
import sys
import traceback


def main():
    name = sys.argv[1]
    with open(name, 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, name)
    except SyntaxError as e:
        sys.stderr.write(''.join(traceback.format_exception_only(e)))
        sys.exit(1)
    print(ast.dump(tree, include_attributes=True))


main()
