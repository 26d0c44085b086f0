"""Prints, for every .py file under a folder (site-packages excluded), what CPython 3.13's ast.parse makes of it.

One line per file: the path relative to the folder, a tab, then either
"ok <sha256 of ast.dump(tree, include_attributes=True)>" or
"error <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>".
pyjama's StdlibAstParity computes the same lines and compares. Warnings are silenced.
With --also-as-string, each file gets a second line, keyed "<path>#string", for the same
bytes parsed under the file name "<string>": no file to reread the error line from, so
the error's text and columns come from the tokenizer's buffers. With --other-modes-every N,
every Nth file (in walking order) also gets lines keyed "<path>#eval", "#single" and
"#func_type": parsed as "<string>" in those modes. With --optimize N, every parse is
ast.parse(..., optimize=N): the tree after CPython's AST optimiser (constant folding),
and the errors the future statements raise.
Usage: cpython_ast_hashes.py [--also-as-string] [--other-modes-every N] [--optimize N] ROOT [FILE...]
       (files relative to ROOT; default: all)
"""
import ast
import hashlib
import os
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor


OPTIMIZE = -1


def describe(root, rel, variant=None):
    """The line for one file; variant None: 'exec' from the file, else 'string' (exec),
    'eval', 'single' or 'func_type', parsed under the name <string>."""
    path = os.path.join(root, rel)
    with open(path, 'rb') as f:
        source = f.read()
    key = rel + '#' + variant if variant else rel
    mode = 'exec' if variant in (None, 'string') else variant
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            tree = ast.parse(source, '<string>' if variant else rel, mode=mode, optimize=OPTIMIZE)
        except SyntaxError as e:
            return f"{key}\terror {type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}"
        except (ValueError, MemoryError, RecursionError) as e:
            return f"{key}\terror {type(e).__name__}|{e}"
    # ast.dump recurses in Python once per tree level: let deep (but parseable) trees through.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    try:
        try:
            text = ast.dump(tree, include_attributes=True)
        except RecursionError:
            text = dump_deep(tree)
    except ValueError as e:
        return f"{key}\terror {type(e).__name__}|{e}"
    return f"{key}\tok {hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}"


def set_optimize(level):
    global OPTIMIZE
    OPTIMIZE = level


def dump_deep(node):
    """ast.dump(node, include_attributes=True), for trees too deep for it.

    ast.dump formats lists through a generator inside str.join, a C call per level that
    runs into CPython's C recursion limit (RecursionError) on deeply nested statements
    (long elif chains). This is the same formatting with plain Python recursion only.
    """
    def fmt(node):
        if isinstance(node, ast.AST):
            cls = type(node)
            args = []
            args_buffer = []
            allsimple = True
            keywords = True
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                if ((value is None or value == [])
                        and not isinstance(node, (ast.Constant, ast.MatchSingleton))):
                    args_buffer.append(repr(value))
                    continue
                value, simple = fmt(value)
                allsimple = allsimple and simple
                args.append('%s=%s' % (name, value))
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                value, simple = fmt(value)
                allsimple = allsimple and simple
                args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s)' % (cls.__name__, ', '.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            parts = []
            for x in node:
                parts.append(fmt(x)[0])
            return '[%s]' % ', '.join(parts), False
        return repr(node), True
    return fmt(node)[0]


def main():
    global OPTIMIZE
    args = sys.argv[1:]
    also_as_string = False
    other_modes_every = 0
    while args and args[0].startswith('--'):
        if args[0] == '--also-as-string':
            also_as_string = True
            args = args[1:]
        elif args[0] == '--optimize':
            OPTIMIZE = int(args[1])
            args = args[2:]
        elif args[0] == '--other-modes-every':
            other_modes_every = int(args[1])
            args = args[2:]
        else:
            sys.exit(f"unknown option {args[0]}")
    root = args[0]
    files = args[1:]
    if not files:
        for d, dirs, names in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x != 'site-packages')
            for n in sorted(names):
                if n.endswith('.py'):
                    files.append(os.path.relpath(os.path.join(d, n), root))
    os.chdir(root)
    jobs = []
    for i, f in enumerate(files):
        jobs.append((f, None))
        if also_as_string:
            jobs.append((f, 'string'))
        if other_modes_every and i % other_modes_every == 0:
            jobs.extend((f, m) for m in ('eval', 'single', 'func_type'))
    with ProcessPoolExecutor(initializer=set_optimize, initargs=(OPTIMIZE,)) as pool:
        for line in pool.map(describe, [root] * len(jobs), [j[0] for j in jobs], [j[1] for j in jobs],
                             chunksize=16):
            print(line)


if __name__ == '__main__':
    main()
