"""Prints, for every .py file under a folder (site-packages excluded), what CPython 3.13's ast.parse makes of it.

One line per file: the path relative to the folder, a tab, then either
"ok <sha256 of ast.dump(tree, include_attributes=True)>" or
"error <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>".
pyjama's StdlibAstParity computes the same lines and compares. Warnings are silenced.
Usage: cpython_ast_hashes.py ROOT [FILE...]   (files relative to ROOT; default: all)
"""
import ast
import hashlib
import os
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor


def describe(root, rel):
    path = os.path.join(root, rel)
    with open(path, 'rb') as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            tree = ast.parse(source, rel)
        except SyntaxError as e:
            return f"{rel}\terror {type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}"
        except (ValueError, MemoryError, RecursionError) as e:
            return f"{rel}\terror {type(e).__name__}|{e}"
    # ast.dump recurses in Python once per tree level: let deep (but parseable) trees through.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    try:
        text = ast.dump(tree, include_attributes=True)
    except ValueError as e:
        return f"{rel}\terror {type(e).__name__}|{e}"
    return f"{rel}\tok {hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}"


def main():
    root = sys.argv[1]
    files = sys.argv[2:]
    if not files:
        for d, dirs, names in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x != 'site-packages')
            for n in sorted(names):
                if n.endswith('.py'):
                    files.append(os.path.relpath(os.path.join(d, n), root))
    os.chdir(root)
    with ProcessPoolExecutor() as pool:
        for line in pool.map(describe, [root] * len(files), files, chunksize=16):
            print(line)


if __name__ == '__main__':
    main()
