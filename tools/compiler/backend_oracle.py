"""Prints what CPython 3.13's compiler back end does with each code unit, for pyjama's tests.

Run under CPython 3.13.0:
    PYENV_VERSION=3.13.0 python3.13 tools/compiler/backend_oracle.py [--every N] ROOT|FILE...
Each .py file (directories are walked in sorted order) is compiled three ways through
_testinternalcapi: code generation only (compiler_codegen: the module unit's instructions and
metadata before optimisation), the flow-graph optimiser alone on that output (optimize_cfg,
as CPython's own tests run it), and a normal compile() for the final code object. The
output is line-oriented (format below); dev.pyjama.compiler.OracleReader parses it.

    file <path>                    a file starts; 'error <hex message>' if CPython rejects it
    unit module <nparams> <co_flags>
    meta <name> <qualname> <argcount> <posonlyargcount> <kwonlyargcount> <firstlineno>
    consts <const>...              the metadata's constants in index order
    names|varnames|fasthidden <str>...
    cellvars|freevars <str> <index> ...
    seq <n>, then n lines 'opcode oparg lineno end_lineno col_offset end_col_offset'
    opt <n>, the same for optimize_cfg's result, then 'optconsts <const>...'
    final <code>                   compile()'s code object
    end

Values: N None, E Ellipsis, T/F bools, i<int>, f<float.hex()>, c<re.hex()>,<im.hex()>,
s<utf-8 hex, surrogatepass>, b<hex>, ( items ) tuple, { items } frozenset (items sorted by their text),
C<digest> a nested code object (a digest of all its fields, recursively).
<code> is: name qualname argcount posonlyargcount kwonlyargcount stacksize flags firstlineno
x<co_code> x<co_linetable> x<co_exceptiontable> x<co_localspluskinds>
( localsplusnames ) ( names ) ( consts ).
"""
import ast
import hashlib
import marshal
import os
import sys
import types

import _testinternalcapi

assert sys.version_info[:2] == (3, 13), sys.version


def s(text):
    return 's' + text.encode('utf-8', 'surrogatepass').hex()


def digest(code):
    h = hashlib.sha1()
    h.update(' '.join(code_fields(code)).encode('ascii'))
    return h.hexdigest()[:20]


def const(v, out):
    t = type(v)
    if v is None:
        out.append('N')
    elif v is Ellipsis:
        out.append('E')
    elif t is bool:
        out.append('T' if v else 'F')
    elif t is int:
        out.append('i%d' % v)
    elif t is float:
        out.append('f' + v.hex())
    elif t is complex:
        out.append('c%s,%s' % (v.real.hex(), v.imag.hex()))
    elif t is str:
        out.append(s(v))
    elif t is bytes:
        out.append('b' + v.hex())
    elif t is tuple:
        out.append('(')
        for x in v:
            const(x, out)
        out.append(')')
    elif t is frozenset:
        # Iteration order depends on how the set was built (code object creation rebuilds
        # some), so items are written sorted: frozensets compare as sets.
        out.append('{')
        for item in sorted(' '.join(const(x, [])) for x in v):
            out.append(item)
        out.append('}')
    elif t is types.CodeType:
        out.append('C' + digest(v))
    else:
        raise TypeError('unexpected constant type %s' % t.__name__)
    return out


def code_fields(co):
    out = [s(co.co_name), s(co.co_qualname), str(co.co_argcount), str(co.co_posonlyargcount),
           str(co.co_kwonlyargcount), str(co.co_stacksize), str(co.co_flags), str(co.co_firstlineno),
           'x' + co.co_code.hex(), 'x' + co.co_linetable.hex(), 'x' + co.co_exceptiontable.hex(),
           'x' + bytes(localsplus_kinds(co)).hex()]
    const(tuple(localsplus_names(co)), out)
    const(co.co_names, out)
    const(co.co_consts, out)
    return out


def localsplus_names(co):
    return [co._varname_from_oparg(i) for i in range(nlocalsplus(co))]


def nlocalsplus(co):
    return len(co.co_varnames) + len(co.co_cellvars) + len(co.co_freevars) - len(
        set(co.co_varnames) & set(co.co_cellvars))


def localsplus_kinds(co):
    # co_localspluskinds is not exposed to Python; marshal writes it.
    return MarshalReader(marshal.dumps(co)).read_object(want_kinds=True)


class MarshalReader:
    """Just enough of marshal to find a code object's co_localspluskinds."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def long(self):
        v = int.from_bytes(self.data[self.pos:self.pos + 4], 'little', signed=True)
        self.pos += 4
        return v

    def raw(self, n):
        v = self.data[self.pos:self.pos + n]
        self.pos += n
        return v

    def read_object(self, want_kinds=False):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7f)
        if flag:
            index = len(self.refs)
            self.refs.append(None)
        v = self.read_value(t, want_kinds)
        if flag:
            self.refs[index] = v
        return v

    def read_value(self, t, want_kinds):
        if t in 'NFT.0S':
            return None
        if t == 'i':
            return self.long()
        if t == 'l':
            n = abs(self.long())
            self.raw(2 * n)
            return None
        if t == 'g':
            self.raw(8)
            return None
        if t == 'y':
            self.raw(16)
            return None
        if t in 'stua':
            return self.raw(self.long())
        if t in 'A':
            return self.raw(self.long())
        if t in 'zZ':
            return self.raw(self.byte())
        if t == ')':
            return [self.read_object() for _ in range(self.byte())]
        if t in '([<>':
            return [self.read_object() for _ in range(self.long())]
        if t == 'r':
            return self.refs[self.long()]
        if t == 'c':
            for _ in range(5):
                self.long()
            self.read_object()                 # co_code
            self.read_object()                 # co_consts
            self.read_object()                 # co_names
            self.read_object()                 # co_localsplusnames
            kinds = self.read_object()         # co_localspluskinds
            for _ in range(3):
                self.read_object()             # filename, name, qualname
            self.long()                        # firstlineno
            self.read_object()                 # linetable
            self.read_object()                 # exceptiontable
            return kinds if want_kinds else None
        raise ValueError('marshal type %r' % t)


def instructions(seq):
    lines = []
    for op, arg, lineno, end_lineno, col, end_col in seq.get_instructions():
        lines.append('%d %d %d %d %d %d' % (op, arg or 0, lineno, end_lineno, col, end_col))
    return lines


def consts_in_order(md):
    consts = [None] * len(md['consts'])
    for k, i in md['consts'].items():
        consts[i] = k[1] if type(k) is tuple else k
    return consts


def names_line(tag, d):
    return ' '.join([tag] + [s(k) for k in sorted(d, key=d.get)])


def indexed_line(tag, d):
    out = [tag]
    for k, i in d.items():
        out += [s(k), str(i)]
    return ' '.join(out)


def process(path, w):
    w('file ' + path)
    try:
        with open(path, 'rb') as f:
            src = f.read()
        co = compile(src, path, 'exec', dont_inherit=True)
        tree = ast.parse(src, path)
        seq, md = _testinternalcapi.compiler_codegen(tree, path, 0)
    except (SyntaxError, ValueError, UnicodeError) as e:
        w('error ' + s('%s: %s' % (type(e).__name__, e))[1:])
        return
    consts = consts_in_order(md)
    w('unit module 0 %d' % co.co_flags)
    w(' '.join(['meta', s(md['name']), s(md.get('qualname', md['name'])), str(md['argcount']),
                str(md['posonlyargcount']), str(md['kwonlyargcount']), '1']))
    w(' '.join(const(tuple(consts), ['consts'])))
    w(names_line('names', md['names']))
    w(names_line('varnames', md['varnames']))
    w(indexed_line('cellvars', md['cellvars']))
    w(indexed_line('freevars', md['freevars']))
    w(' '.join(['fasthidden'] + [s(n) for n in module_hidden(co)]))
    lines = instructions(seq)
    w('seq %d' % len(lines))
    for line in lines:
        w(line)
    opt_consts = list(consts)
    opt = _testinternalcapi.optimize_cfg(seq, opt_consts, len(md['varnames']))
    lines = instructions(opt)
    w('opt %d' % len(lines))
    for line in lines:
        w(line)
    w(' '.join(const(tuple(opt_consts), ['optconsts'])))
    w(' '.join(['final'] + code_fields(co)))
    w('end')


def module_hidden(co):
    kinds = localsplus_kinds(co)
    return [n for n, k in zip(localsplus_names(co), kinds) if k & 0x10]


def main(argv):
    every = 1
    if argv and argv[0] == '--every':
        every = int(argv[1])
        argv = argv[2:]
    files = []
    for root in argv:
        if os.path.isdir(root):
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                files += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith('.py')]
        else:
            files.append(root)
    out = sys.stdout
    write = lambda line: out.write(line + '\n')
    for i, path in enumerate(files):
        if i % every == 0:
            process(path, write)
    out.flush()


if __name__ == '__main__':
    main(sys.argv[1:])
