"""The CPython side of the parity area `ast` (see tests/parity/README.md).

Usage, from the fixture's folder:
    python3.13 cpython_dump_ast.py [--mode MODE] [--type-comments] [--optimize N] NAME.py
MODE is ast.parse's mode (exec, eval, single, func_type); --type-comments passes
type_comments=True; --optimize N passes optimize=N (the tree after CPython's AST
optimiser). pyjama's counterpart is `-X dump-ast=MODE [-X type-comments] [-X ast-optimize=N]`.

Parses the file's bytes as `ast.parse` does and prints the dump with attributes; on a
SyntaxError prints the error as the end of a traceback would, to stderr, and exits 1.
Warnings the parser raises (SyntaxWarning ...) reach stderr through the warnings module.
pyjama's `-X dump-ast NAME.py` prints the same.
"""
import ast
import sys
import traceback


def main():
    args = sys.argv[1:]
    mode = 'exec'
    type_comments = False
    optimize = -1
    while len(args) > 1:
        option = args.pop(0)
        if option == '--mode':
            mode = args.pop(0)
        elif option == '--type-comments':
            type_comments = True
        elif option == '--optimize':
            optimize = int(args.pop(0))
        else:
            sys.exit(f'cpython_dump_ast.py: unknown option {option}')
    name = args[0]
    with open(name, 'rb') as f:
        source = f.read()
    try:
        tree = ast.parse(source, name, mode=mode, type_comments=type_comments, optimize=optimize)
    except SyntaxError as e:
        sys.stderr.write(''.join(traceback.format_exception_only(e)))
        sys.exit(1)
    print(ast.dump(tree, include_attributes=True))


main()
