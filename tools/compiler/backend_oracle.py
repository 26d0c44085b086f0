"""Prints what CPython 3.13's compiler back end does with each code unit, for pyjama's tests.

Run under CPython 3.13.0:
    PYENV_VERSION=3.13.0 python3.13 tools/compiler/backend_oracle.py [OPTIONS] ROOT|FILE...
Options: --every N (only every Nth file), --nested-every N (nested code units too, for every
Nth file; default: module units only), --shard I/N (the files whose index is I modulo N).
Each .py file (directories are walked in sorted order; a .pygen file is a script that puts
the source to compile in SOURCE) is compiled three ways through
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
    asm <code>                     (module units) assemble_code_object on optimize_cfg's result
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
import opcode
import os
import sys
import types

import _testinternalcapi

assert sys.version_info[:2] == (3, 13), sys.version


def s(text):
    return 's' + text.encode('utf-8', 'surrogatepass').hex()


DIGESTS = {}


def digest(code):
    # A digest of every field, recursively: identifies a code object across the separate
    # compilations (hash() would not do: NaN constants hash by identity).
    d = DIGESTS.get(id(code))
    if d is None:
        text = ' '.join(code_fields(code)).encode('ascii')
        d = DIGESTS[id(code)] = hashlib.blake2b(text, digest_size=10).hexdigest()
        KEEP.append(code)
    return d


KEEP = []


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
    # co_localspluskinds is not exposed to Python, but marshal writes it (and replace()
    # keeps it): marshal a copy without constants and read the kinds back.
    return MarshalReader(marshal.dumps(co.replace(co_consts=()))).read_object()[0]


class MarshalReader:
    """Just enough of marshal to find co_localspluskinds: a code object reads as
    (kinds, [the same for each code object in its co_consts]), everything else as a list,
    bytes, an int or None."""

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

    def read_object(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7f)
        if flag:
            index = len(self.refs)
            self.refs.append(None)
        v = self.read_value(t)
        if flag:
            self.refs[index] = v
        return v

    def read_value(self, t):
        if t in 'NFT.0S':
            return None
        if t in 'stua':
            return self.raw(self.long())
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
            consts = self.read_object()        # co_consts
            self.read_object()                 # co_names
            self.read_object()                 # co_localsplusnames
            kinds = self.read_object()         # co_localspluskinds
            for _ in range(3):
                self.read_object()             # filename, name, qualname
            self.long()                        # firstlineno
            self.read_object()                 # linetable
            self.read_object()                 # exceptiontable
            return kinds, [c for c in consts if type(c) is tuple]
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


def process(path, w, nested_units):
    w('file ' + path)
    DIGESTS.clear()
    KEEP.clear()
    try:
        with open(path, 'rb') as f:
            src = f.read()
        if path.endswith('.pygen'):
            # A generated fixture: the script builds the source in SOURCE.
            namespace = {}
            exec(compile(src, path, 'exec', dont_inherit=True), namespace)
            src = namespace['SOURCE'].encode('utf-8')
        co = compile(src, path, 'exec', dont_inherit=True)
        tree = ast.parse(src, path)
        seq, md = _testinternalcapi.compiler_codegen(tree, path, 0)
    except (SyntaxError, ValueError, UnicodeError) as e:
        w('error ' + s('%s: %s' % (type(e).__name__, e))[1:])
        return
    w('unit module 0 %d' % co.co_flags)
    w(' '.join(['meta', s(md['name']), s(md.get('qualname', md['name'])), str(md['argcount']),
                str(md['posonlyargcount']), str(md['kwonlyargcount']), '1']))
    write_unit(w, seq, consts_in_order(md), md['names'], md['varnames'], md['cellvars'],
               md['freevars'], module_hidden(co), co, assemble=True)
    if nested_units:
        optimized_ast = compile(src, path, 'exec', flags=ast.PyCF_OPTIMIZED_AST, dont_inherit=True)
        constants_at = {}
        for node in ast.walk(optimized_ast):
            if isinstance(node, ast.Constant):
                key = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
                constants_at.setdefault(key, []).append(node.value)
        write_nested(w, seq, co, constants_at)


def write_unit(w, seq, consts, names, varnames, cellvars, freevars, hidden, co, assemble=False):
    w(' '.join(const(tuple(consts), ['consts'])))
    w(names_line('names', names))
    w(names_line('varnames', varnames))
    w(indexed_line('cellvars', cellvars))
    w(indexed_line('freevars', freevars))
    w(' '.join(['fasthidden'] + [s(n) for n in hidden]))
    lines = instructions(seq)
    w('seq %d' % len(lines))
    for line in lines:
        w(line)
    opt_consts = list(consts)
    opt = _testinternalcapi.optimize_cfg(seq, opt_consts, len(varnames))
    lines = instructions(opt)
    w('opt %d' % len(lines))
    for line in lines:
        w(line)
    w(' '.join(const(tuple(opt_consts), ['optconsts'])))
    if assemble:
        # The assembler alone on the optimiser's output (CPython's test hook: code flags 0).
        metadata = {'name': co.co_name, 'qualname': co.co_qualname,
                    'consts': {(i, c): i for i, c in enumerate(opt_consts)},
                    'names': names, 'varnames': varnames, 'cellvars': cellvars, 'freevars': freevars,
                    'fasthidden': {n: True for n in hidden}, 'argcount': co.co_argcount - co.co_posonlyargcount,
                    'posonlyargcount': co.co_posonlyargcount, 'kwonlyargcount': co.co_kwonlyargcount,
                    'firstlineno': co.co_firstlineno}
        asm = _testinternalcapi.assemble_code_object(co.co_filename, opt, metadata)
        w(' '.join(['asm'] + code_fields(asm)))
    w(' '.join(['final'] + code_fields(co)))
    w('end')


# Nested code units. compiler_codegen keeps the instruction sequences of nested units but not
# their metadata. Everything except the constant list can be read off the final code object.
# The constants are reconstructed: co_consts[0] is always the first one; constants whose
# value steers the optimiser (truth tests, `is None`) come from the Constant node at the
# instruction's position in the optimised AST; all others start as opaque sentinels, and
# CPython's own optimiser is run on them: the constants the result loads are matched, in
# order, with those the final code object loads, which binds each sentinel to its value.
# The result is checked by optimising again with the values (the 'verified' line).

class Sentinel:
    __slots__ = ('index',)

    def __init__(self, index):
        self.index = index

    def __repr__(self):
        return '<const %d>' % self.index


CO_VARARGS, CO_VARKEYWORDS = 0x4, 0x8
DECIDING = {opcode.opmap[n] for n in ('TO_BOOL', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'IS_OP')}
COPY = opcode.opmap['COPY']
RESUME = opcode.opmap['RESUME']
IS_OP = opcode.opmap['IS_OP']
CONST_OPS = {opcode.opmap['LOAD_CONST'], opcode.opmap['RETURN_CONST']}
CACHES = [opcode._inline_cache_entries.get(opcode.opname[op], 0) if op < 256 else 0 for op in range(256)]
EXTENDED_ARG = opcode.opmap['EXTENDED_ARG']


def write_nested(w, seq, co, constants_at):
    codes = [c for c in co.co_consts if isinstance(c, types.CodeType)]
    ci = 0
    for nseq in seq.get_nested():
        insts = nseq.get_instructions()
        # The unit's RESUME carries its first line (a generator's may come after SETUP_CLEANUP).
        first = next((i[2] for i in insts if i[0] == RESUME), -1)
        if ci < len(codes) and codes[ci].co_firstlineno == first:
            code = codes[ci]
            ci += 1
            write_nested_unit(w, nseq, insts, code, constants_at)
            write_nested(w, nseq, code, constants_at)
        # else: a unit whose code object was optimised away (dead code)


def final_const_values(co):
    out = []
    code = co.co_code
    arg = 0
    i = 0
    while i < len(code):
        op, a = code[i], code[i + 1]
        arg = (arg << 8) | a
        if op == EXTENDED_ARG:
            i += 2
            continue
        if op in CONST_OPS:
            out.append(co.co_consts[arg])
        arg = 0
        i += 2 + 2 * CACHES[op]
    return out


def optimized_const_values(seq, consts, nlocals):
    opt_consts = list(consts)
    opt = _testinternalcapi.optimize_cfg(seq, opt_consts, nlocals)
    return [opt_consts[arg] for op, arg, *_ in opt.get_instructions() if op in CONST_OPS]


def same(a, b):
    if type(a) is not type(b):
        return False
    if type(a) is tuple:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return ' '.join(const(a, [])) == ' '.join(const(b, []))


def unify(a, b, bindings):
    if type(a) is Sentinel:
        if a.index in bindings:
            return same(bindings[a.index], b)
        bindings[a.index] = b
        return True
    if type(a) is tuple and type(b) is tuple and len(a) == len(b):
        return all(unify(x, y, bindings) for x, y in zip(a, b))
    return same(a, b)


def write_nested_unit(w, nseq, insts, code, constants_at):
    nconsts = 1 + max([arg for op, arg, *_ in insts if op in CONST_OPS] + [0])
    consts = [Sentinel(k) for k in range(nconsts)]
    consts[0] = code.co_consts[0]
    for i, (op, arg, lineno, end_lineno, col, end_col) in enumerate(insts):
        if op not in CONST_OPS or arg == 0:
            continue
        j = i + 1
        if j < len(insts) and insts[j][0] == COPY and insts[j][1] == 1:
            j += 1
        if j < len(insts) and insts[j][0] in DECIDING:
            values = constants_at.get((lineno, end_lineno, col, end_col), [])
            if values and all(same(v, values[0]) for v in values):
                consts[arg] = values[0]
            elif insts[j][0] == IS_OP:
                # The code generator's own `is None` tests (pattern matching) have no node.
                consts[arg] = None
    nlocals = len(code.co_varnames)
    bindings = {}
    target = final_const_values(code)
    found = optimized_const_values(nseq, consts, nlocals)
    ok = len(found) == len(target) and all(unify(a, b, bindings) for a, b in zip(found, target))
    for k, c in enumerate(consts):
        if type(c) is Sentinel:
            consts[k] = bindings.get(k, '<unused constant %d>' % k)
    if ok:
        found = optimized_const_values(nseq, consts, nlocals)
        ok = len(found) == len(target) and all(same(a, b) for a, b in zip(found, target))
    nparams = code.co_argcount + code.co_kwonlyargcount + bool(code.co_flags & CO_VARARGS) + bool(
        code.co_flags & CO_VARKEYWORDS)
    if code.co_flags & 0x2 == 0:     # not CO_NEWLOCALS: a class body has no parameters
        nparams = 0
    w('unit nested %d %d %d' % (nparams, code.co_flags, ok))
    w(' '.join(['meta', s(code.co_name), s(code.co_qualname), str(code.co_argcount - code.co_posonlyargcount),
                str(code.co_posonlyargcount), str(code.co_kwonlyargcount), str(code.co_firstlineno)]))
    special = [n for n in ('__class__', '__classdict__') if n in code.co_cellvars]
    cells = sorted(n for n in code.co_cellvars if n not in special) + special
    kinds = localsplus_kinds(code)
    hidden = [n for n, k in zip(localsplus_names(code), kinds) if k & 0x10]
    write_unit(w, nseq, consts, {n: i for i, n in enumerate(code.co_names)},
               {n: i for i, n in enumerate(code.co_varnames)}, {n: i for i, n in enumerate(cells)},
               {n: i + len(cells) for i, n in enumerate(code.co_freevars)}, hidden, code)


def module_hidden(co):
    kinds = localsplus_kinds(co)
    return [n for n, k in zip(localsplus_names(co), kinds) if k & 0x10]


def main(argv):
    every = 1
    nested_every = 0
    shard, shards = 0, 1
    while argv and argv[0].startswith('--'):
        if argv[0] == '--every':
            every = int(argv[1])
        elif argv[0] == '--nested-every':
            nested_every = int(argv[1])
        elif argv[0] == '--shard':
            shard, shards = map(int, argv[1].split('/'))
        else:
            raise SystemExit('unknown option ' + argv[0])
        argv = argv[2:]
    files = []
    for root in argv:
        if os.path.isdir(root):
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                files += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(('.py', '.pygen'))]
        else:
            files.append(root)
    out = sys.stdout
    write = lambda line: out.write(line + '\n')
    for i, path in enumerate(files):
        if i % every == 0 and i % shards == shard:
            process(path, write, nested_every > 0 and i % nested_every == 0)
    out.flush()


if __name__ == '__main__':
    main(sys.argv[1:])
