"""Prints CPython 3.13's code objects in pyjama's canonical dump format (dev.pyjama.code.CodeDump).

    cpython_dump_code.py FILE            the dump of compile(FILE's bytes, FILE, 'exec'),
                                         or of the module code in FILE when it ends in .pyc;
                                         the compiler's warnings go to stderr, and a
                                         SyntaxError or RecursionError is printed as the end of a traceback
                                         (exit status 1)
    cpython_dump_code.py --dis FILE      what `python3.13 -m dis FILE` prints
    cpython_dump_code.py --stdlib [--compiled-dis] ROOT OUT
        for every .py file under ROOT (site-packages excluded) that compiles: writes
        marshal.dumps(code) to OUT/<n>.marshal and prints one line
        "<rel>\\t<n>\\t<sha of dump>\\t<sha of dis of the code loaded back from marshal>"
        (dis output with code object addresses replaced by 0x0); with --compiled-dis, a
        fifth field: the sha of dis of the compiled code itself (frozenset constants may
        iterate in another order than after the marshal round trip).
    cpython_dump_code.py --load-dump OUT N...
        for each N: the sha of the dump of marshal.loads(OUT/<N>.pyjama)

The dump lists every field of the code object, then its nested code objects depth first.
Frozensets are printed in a normalised order (their items' dumps sorted), since their
iteration order depends on string hashes.
"""
import dis
import hashlib
import io
import marshal
import os
import re
import sys
import traceback
import warnings
from concurrent.futures import ProcessPoolExecutor

FLAG_NAMES = [
    (0x1, 'OPTIMIZED'), (0x2, 'NEWLOCALS'), (0x4, 'VARARGS'), (0x8, 'VARKEYWORDS'),
    (0x10, 'NESTED'), (0x20, 'GENERATOR'), (0x40, 'NOFREE'), (0x80, 'COROUTINE'),
    (0x100, 'ITERABLE_COROUTINE'), (0x200, 'ASYNC_GENERATOR'),
    (0x20000, 'FUTURE_DIVISION'), (0x40000, 'FUTURE_ABSOLUTE_IMPORT'),
    (0x80000, 'FUTURE_WITH_STATEMENT'), (0x100000, 'FUTURE_PRINT_FUNCTION'),
    (0x200000, 'FUTURE_UNICODE_LITERALS'), (0x400000, 'FUTURE_BARRY_AS_BDFL'),
    (0x800000, 'FUTURE_GENERATOR_STOP'), (0x1000000, 'FUTURE_ANNOTATIONS'),
    (0x2000000, 'NO_MONITORING_EVENTS'),
]
KIND_NAMES = [(0x10, 'HIDDEN'), (0x20, 'LOCAL'), (0x40, 'CELL'), (0x80, 'FREE')]


def bits(value, table):
    names = [name for bit, name in table if value & bit]
    rest = value & ~sum(bit for bit, _ in table)
    if rest:
        names.append(hex(rest))
    return ' ' + '|'.join(names) if names else ''


def norm(v):
    """repr, with frozensets in a normalised order and nested code objects by name."""
    if type(v) is tuple:
        items = [norm(x) for x in v]
        return '(' + ', '.join(items) + (',' if len(items) == 1 else '') + ')'
    if type(v) is frozenset:
        if not v:
            return 'frozenset()'
        return 'frozenset({' + ', '.join(sorted(norm(x) for x in v)) + '})'
    if type(v) is int:
        return str(v)
    if hasattr(v, 'co_code'):
        return '<code %s>' % v.co_qualname
    return repr(v)


def dump(co, out, path='0'):
    w = out.append
    w('code %s\n' % path)
    w('name: %r\n' % co.co_name)
    w('qualname: %r\n' % co.co_qualname)
    w('filename: %r\n' % co.co_filename)
    w('firstlineno: %d\n' % co.co_firstlineno)
    w('argcount: %d\n' % co.co_argcount)
    w('posonlyargcount: %d\n' % co.co_posonlyargcount)
    w('kwonlyargcount: %d\n' % co.co_kwonlyargcount)
    w('nlocals: %d\n' % co.co_nlocals)
    w('stacksize: %d\n' % co.co_stacksize)
    w('flags: %d%s\n' % (co.co_flags, bits(co.co_flags, FLAG_NAMES)))
    lp_names, lp_kinds = localsplus(co)
    w('localsplus: %d\n' % len(lp_names))
    for i, (n, k) in enumerate(zip(lp_names, lp_kinds)):
        w('  %d %r 0x%02x%s\n' % (i, n, k, bits(k, KIND_NAMES)))
    w('varnames: %s\n' % norm(co.co_varnames))
    w('cellvars: %s\n' % norm(co.co_cellvars))
    w('freevars: %s\n' % norm(co.co_freevars))
    w('names: %s\n' % norm(co.co_names))
    w('consts: %d\n' % len(co.co_consts))
    nested = []
    for i, c in enumerate(co.co_consts):
        if hasattr(c, 'co_code'):
            sub = '%s.%d' % (path, i)
            nested.append((c, sub))
            w('  %d code %s %s\n' % (i, sub, c.co_qualname))
        else:
            w('  %d %s %s\n' % (i, type(c).__name__, norm(c)))
    code = co.co_code
    w('code: %d units\n' % (len(code) // 2))
    for i in range(0, len(code) - 1, 2):
        w('  %d %s %d\n' % (i, dis._all_opname[code[i]], code[i + 1]))
    w('linetable: %s\n' % co.co_linetable.hex())
    w('lines:\n')
    for start, end, line in co.co_lines():
        w('  %d %d %s\n' % (start, end, line))
    w('positions:\n')
    run_start, run = 0, None
    offset = 0
    for pos in co.co_positions():
        if pos != run:
            if run is not None:
                w('  %d %d %s %s %s %s\n' % ((run_start, offset) + run))
            run_start, run = offset, pos
        offset += 2
    if run is not None:
        w('  %d %d %s %s %s %s\n' % ((run_start, offset) + run))
    w('exceptiontable: %s\n' % co.co_exceptiontable.hex())
    w('exceptions:\n')
    for e in dis._parse_exception_table(co):
        w('  %d %d %d %d%s\n' % (e.start, e.end, e.target, e.depth, ' lasti' if e.lasti else ''))
    for c, sub in nested:
        w('\n')
        dump(c, out, sub)


def localsplus(co):
    """co_localsplusnames and co_localspluskinds, which Python code cannot read directly:
    the names through _varname_from_oparg, the kinds from the code object's marshal data
    (written without its constants, so that nothing nested needs skipping)."""
    names = []
    while True:
        try:
            names.append(co._varname_from_oparg(len(names)))
        except IndexError:
            break
    kinds = _Reader(marshal.dumps(co.replace(co_consts=()))).code_kinds()
    return names, list(kinds)


class _Reader:
    """Just enough of a marshal reader to pull co_localspluskinds out of a code object."""

    def __init__(self, data):
        self.d = data
        self.p = 0
        self.refs = []

    def byte(self):
        b = self.d[self.p]
        self.p += 1
        return b

    def long(self):
        v = int.from_bytes(self.d[self.p:self.p + 4], 'little', signed=True)
        self.p += 4
        return v

    def code_kinds(self):
        t = self.byte() & 0x7f
        assert t == ord('c')
        self.p += 20
        for _ in range(4):   # co_code, co_consts, co_names, co_localsplusnames
            self.skip()
        t = self.byte()
        flag, t = t & 0x80, t & 0x7f
        if t == ord('r'):
            return self.refs[self.long()]
        assert t == ord('s')
        n = self.long()
        v = self.d[self.p:self.p + n]
        self.p += n
        if flag:
            self.refs.append(v)
        return v

    def skip(self):
        t = self.byte()
        flag, t = t & 0x80, chr(t & 0x7f)
        if flag:
            idx = len(self.refs)
            self.refs.append(None)
        v = None
        if t in 'NFT.S':
            pass
        elif t == 'r':
            v = self.refs[self.long()]
        elif t == 'i':
            self.p += 4
        elif t == 'g':
            self.p += 8
        elif t == 'y':
            self.p += 16
        elif t == 'l':
            n = self.long()
            self.p += 2 * abs(n)
        elif t in 'saAut':
            n = self.long()
            v = self.d[self.p:self.p + n]
            self.p += n
        elif t in 'zZ':
            n = self.byte()
            self.p += n
        elif t == ')':
            for _ in range(self.byte()):
                self.skip()
        elif t in '(<>':
            for _ in range(self.long()):
                self.skip()
        else:
            raise ValueError('unexpected marshal type %r' % t)
        if flag:
            self.refs[idx] = v
        return v


def dump_text(co):
    out = []
    dump(co, out)
    return ''.join(out)


ADDRESS = re.compile(r' at 0x[0-9a-f]+')


def dis_text(co):
    buf = io.StringIO()
    dis.dis(co, file=buf)
    return ADDRESS.sub(' at 0x0', buf.getvalue())


def sha(text):
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


def load(path):
    with open(path, 'rb') as f:
        data = f.read()
    if path.endswith('.pyc'):
        return marshal.loads(data[16:])
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return compile(data, path, 'exec', dont_inherit=True)


def stdlib_one(root, rel, out, n, compiled_dis):
    try:
        with open(os.path.join(root, rel), 'rb') as f:
            source = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            co = compile(source, rel, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    data = marshal.dumps(co)
    with open(os.path.join(out, '%d.marshal' % n), 'wb') as f:
        f.write(data)
    line = '%s\t%d\t%s\t%s' % (rel, n, sha(dump_text(co)), sha(dis_text(marshal.loads(data))))
    return line + '\t' + sha(dis_text(co)) if compiled_dis else line


def stdlib_files(root):
    files = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'site-packages')
        for name in sorted(names):
            if name.endswith('.py'):
                files.append(os.path.relpath(os.path.join(d, name), root))
    return files


def load_dump(out, n):
    with open(os.path.join(out, '%s.pyjama' % n), 'rb') as f:
        data = f.read()
    try:
        return '%s\t%s' % (n, sha(dump_text(marshal.loads(data))))
    except Exception as e:
        return '%s\terror %s: %s' % (n, type(e).__name__, e)


def main():
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(100_000)
    args = sys.argv[1:]
    if args[0] == '--dis':
        dis.dis(load(args[1]))
    elif args[0] == '--stdlib':
        compiled_dis = args[1] == '--compiled-dis'
        root, out = args[-2], args[-1]
        files = stdlib_files(root)
        n = len(files)
        with ProcessPoolExecutor() as pool:
            for line in pool.map(stdlib_one, [root] * n, files, [out] * n, range(n), [compiled_dis] * n,
                                 chunksize=8):
                if line is not None:
                    print(line)
    elif args[0] == '--load-dump':
        out = args[1]
        with ProcessPoolExecutor() as pool:
            for line in pool.map(load_dump, [out] * (len(args) - 2), args[2:], chunksize=8):
                print(line)
    else:
        sys.stdout.write(dump_text(load_reporting(args[0])))


def load_reporting(path):
    """load(), with the compiler's warnings printed and a SyntaxError or RecursionError
    reported as a script's (the end of a traceback on stderr, exit status 1)."""
    if path.endswith('.pyc'):
        return load(path)
    with open(path, 'rb') as f:
        data = f.read()
    # As when CPython compiles a script: no Python frame is running, so a warning is
    # attributed to module "sys", where the default filters hide DeprecationWarning (the
    # AST optimiser's folding of ~True raises one); SyntaxWarnings show.
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    try:
        return compile(data, path, 'exec', dont_inherit=True)
    except (SyntaxError, RecursionError) as e:
        # A script whose compilation fails shows only the exception, without a traceback.
        sys.stderr.write(''.join(traceback.format_exception_only(e)))
        sys.exit(1)


if __name__ == '__main__':
    main()
