"""Opcode coverage of the parity area `compile` (tests/parity/compile/), measured with CPython 3.13.

Usage, from anywhere (the fixture folder is found relative to this script):

    PYENV_VERSION=3.13.0 python3.13 tools/parity/compile_coverage.py [options] [FIXTURE.py ...]

    (no option)       per-fixture opcode sets (alphabetical), then the covered / never-seen opcodes and a summary
    --summary         leave out the per-fixture lines
    --which OPNAME    list only the fixtures whose code contains OPNAME (repeatable)
    --require-all     exit 1 when an opcode the 3.13 compiler can emit appears in no fixture
    --emittable       print the names of the opcodes the 3.13 compiler can emit, one per line
    --dir DIR         read fixtures from DIR instead of tests/parity/compile
    FIXTURE.py ...    measure only these files

Every fixture except `error_*.py` (those must fail to compile) and `_*.py` (support files) is
compiled from its bytes with `compile(source, NAME, 'exec', dont_inherit=True, optimize=0)`.
All code objects are visited, recursively through `co_consts`, and their `co_code` is decoded
unit by unit, skipping each instruction's inline cache entries. Freshly compiled code is never
specialised or instrumented, so the opcodes seen are exactly what the compiler produced.
SyntaxWarnings emitted while compiling (some fixtures exist to trigger them) are silenced.

The universe is `dis.opmap` minus pseudo-opcodes (>= 256: JUMP, SETUP_FINALLY, LOAD_METHOD...,
which the assembler always replaces) and instrumented opcodes (INSTRUMENTED_*, which only
sys.monitoring writes into a code object). In 3.13 `dis.opmap` already leaves out the specialised
opcodes (LOAD_ATTR_MODULE, BINARY_OP_ADD_INT, ...: `dis._specialized_opmap`); the script
checks that none slipped in.

CACHE is counted as emitted when a fixture contains an instruction with inline cache entries:
the assembler (assemble.c, write_instr) writes those units as CACHE.

The rest of the universe is emittable except the opcodes listed in NOT_EMITTED below, with the
reason each can never come out of Python/compile.c, flowgraph.c or assemble.c. `--require-all`
also fails if one of those ever shows up, since that would make this list wrong.
"""
import argparse
import dis
import opcode
import os
import signal
import sys
import warnings

# Opcodes in dis.opmap (not pseudo, not instrumented) that the 3.13 compiler never emits.
# Checked against CPython 3.13's Python/compile.c, flowgraph.c and assemble.c: none of these
# names is ever passed to an ADDOP* macro or written by the CFG optimiser or the assembler.
NOT_EMITTED = {
    'RESERVED':
        'a placeholder number with no instruction behind it; nothing refers to it',
    'INTERPRETER_EXIT':
        'only in the C trampoline code ceval.c builds to return from _PyEval_EvalFrame '
        '(_Py_INTERPRETER_TRAMPOLINE_INSTRUCTIONS); never in a compiled code object',
    'ENTER_EXECUTOR':
        'written over JUMP_BACKWARD at run time by the tier-2 optimiser (optimizer.c '
        'insert_executor); compile.c never emits it',
    'EXIT_INIT_CHECK':
        'only in _Py_InitCleanup, the shim code object specialize.c builds for '
        'CALL_ALLOC_AND_ENTER_INIT; '
        'compile.c mentions it only in its stack-effect table',
}


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def universe():
    """Opcode name -> number for every real, unspecialised, uninstrumented opcode."""
    specialised = set(dis._specialized_opmap)
    ops = {}
    for name, num in dis.opmap.items():
        if num > 255:  # pseudo-opcodes: never in co_code, whose opcodes are single bytes
            continue
        if num >= opcode.MIN_INSTRUMENTED_OPCODE or name.startswith('INSTRUMENTED_'):
            continue
        if name in specialised:
            continue
        ops[name] = num
    return ops


def code_objects(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, type(code)):
            yield from code_objects(const)


def opcodes_of(code):
    """The set of opcode names in co_code, with CACHE when there are inline cache units."""
    names = set()
    raw = code.co_code
    i = 0
    while i < len(raw):
        name = dis.opname[raw[i]]
        names.add(name)
        caches = dis._inline_cache_entries.get(name, 0)
        if caches:
            names.add('CACHE')
        i += 2 * (1 + caches)
    return names


def fixture_opcodes(path):
    with open(path, 'rb') as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        top = compile(source, os.path.basename(path), 'exec', dont_inherit=True, optimize=0)
    seen = set()
    for code in code_objects(top):
        seen |= opcodes_of(code)
    return seen


def fixture_paths(args):
    if args.files:
        return args.files
    folder = args.dir or os.path.join(repo_root(), 'tests', 'parity', 'compile')
    names = sorted(n for n in os.listdir(folder)
                   if n.endswith('.py') and not n.startswith(('_', 'error_')))
    return [os.path.join(folder, n) for n in names]


def columns(names, width=100):
    lines, line = [], ''
    for name in names:
        if line and len(line) + 1 + len(name) > width:
            lines.append(line)
            line = ''
        line = f'{line} {name}' if line else name
    if line:
        lines.append(line)
    return ['    ' + x for x in lines] or ['    (none)']


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('files', nargs='*')
    parser.add_argument('--dir')
    parser.add_argument('--summary', action='store_true')
    parser.add_argument('--which', action='append', default=[])
    parser.add_argument('--require-all', action='store_true')
    parser.add_argument('--emittable', action='store_true')
    args = parser.parse_args()

    if hasattr(signal, 'SIGPIPE'):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    if sys.version_info[:2] != (3, 13):
        sys.exit(f'compile_coverage.py needs CPython 3.13 (this is {sys.version.split()[0]})')

    ops = universe()
    unknown = set(NOT_EMITTED) - set(ops)
    if unknown:
        sys.exit(f'NOT_EMITTED names opcodes this CPython does not have: {sorted(unknown)}')
    emittable = sorted(set(ops) - set(NOT_EMITTED), key=ops.get)
    if args.emittable:
        print('\n'.join(emittable))
        return 0

    per_fixture = {}
    failures = []
    for path in fixture_paths(args):
        try:
            per_fixture[os.path.basename(path)] = fixture_opcodes(path)
        except SyntaxError as e:
            failures.append(f'{os.path.basename(path)}: {e.msg} (line {e.lineno})')

    if args.which:
        for op in args.which:
            users = [n for n, s in per_fixture.items() if op in s]
            print(f'{op}: {len(users)} fixture(s)')
            for n in users:
                print(f'    {n}')
        return 0

    if not args.summary:
        print('per fixture:')
        for name, seen in per_fixture.items():
            listed = sorted(o for o in seen if o in ops)
            print(f'  {name}: {" ".join(listed)}')
        print()

    seen_all = set().union(*per_fixture.values()) if per_fixture else set()
    counts = {op: sum(op in s for s in per_fixture.values()) for op in ops}
    covered = [op for op in emittable if op in seen_all]
    missing = [op for op in emittable if op not in seen_all]
    impossible_seen = sorted(op for op in NOT_EMITTED if op in seen_all)

    print(f'covered ({len(covered)}), with the number of fixtures using each:')
    print('\n'.join(columns([f'{op}={counts[op]}' for op in covered])))
    print(f'never seen, emittable ({len(missing)}):')
    print('\n'.join(columns(missing)))
    print(f'never emitted by the compiler ({len(NOT_EMITTED)}):')
    for op, why in NOT_EMITTED.items():
        print(f'    {op}: {why}')
    if impossible_seen:
        print(f'SEEN although listed as never emitted: {" ".join(impossible_seen)}')
    for failure in failures:
        print(f'does not compile: {failure}')
    print(f'{len(per_fixture)} fixture(s); opcodes covered: {len(covered)}/{len(emittable)} emittable'
          f' ({len(ops)} unspecialised opcodes, {len(NOT_EMITTED)} never emitted)')

    if args.require_all and (missing or impossible_seen or failures):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
