"""Prints what CPython 3.13's compile() makes of sources, for the compiler's fuzz test.

Reads jobs from stdin, one a line: "<file>\\t<mode>" (file relative to ROOT, mode exec, eval
or single). For each, compile(bytes, file, mode, dont_inherit=True) with warnings silenced,
run in ROOT (where a compile error's line is reread from), and one line out:
"<file>#<mode>\\tok <sha256 of the dump of the code>" (the dump of cpython_dump_code.py) or
"<file>#<mode>\\terror <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>"
(the last four only for a SyntaxError). The first line is "#depth D": the C recursion
depth compile() starts from (CPython counts it against Py_C_RECURSION_LIMIT, so where
compile() is called from changes where RecursionError starts), measured by the deepest
binary-operator chain that compiles, before and after the jobs. The jobs run one after the
other in this process: in a process pool's workers the depth is not the same from job to job.
Usage: cpython_compile_hashes.py ROOT < JOBS
"""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpython_dump_code  # noqa: E402

# Py_C_RECURSION_LIMIT of a non-debug Linux build of 3.13.
C_RECURSION_LIMIT = 10000


def compile_source(source, filename, mode):
    # Every compile() of a job goes through here, so the calibration sees the same depth.
    return compile(source, filename, mode, dont_inherit=True)


def chain_compiles(n):
    try:
        compile_source('x' + '+x' * n, 'depth', 'exec')
        return True
    except RecursionError:
        return False


def depth():
    """The starting depth: a chain of n '+' is n + 2 levels (Expr, n BinOps, the Name)."""
    lo, hi = C_RECURSION_LIMIT - 100, C_RECURSION_LIMIT
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if chain_compiles(mid):
            lo = mid
        else:
            hi = mid
    return C_RECURSION_LIMIT - 2 - lo


def one(root, rel, mode):
    with open(os.path.join(root, rel), 'rb') as f:
        source = f.read()
    key = rel + '#' + mode
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            co = compile_source(source, rel, mode)
        except SyntaxError as e:
            return '%s\terror %s|%s|%s|%s|%s|%s' % (key, type(e).__name__, e.msg, e.lineno, e.offset,
                                                    e.end_lineno, e.end_offset)
        except (ValueError, MemoryError, RecursionError, OverflowError) as e:
            return '%s\terror %s|%s' % (key, type(e).__name__, e)
    return '%s\tok %s' % (key, cpython_dump_code.sha(cpython_dump_code.dump_text(co)))


def main():
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(100_000)
    root = os.path.abspath(sys.argv[1])
    os.chdir(root)
    jobs = [line.rstrip('\n').split('\t') for line in sys.stdin if line.strip()]
    before = depth()
    lines = [one(root, rel, mode) for rel, mode in jobs]
    after = depth()
    print('#depth %d' % before if before == after else '#depth %d,%d' % (before, after))
    for line in lines:
        print(line.replace('\n', '\\n'))


if __name__ == '__main__':
    main()
