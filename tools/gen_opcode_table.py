"""Writes src/main/opcodes/opcodes.tsv: CPython 3.13's opcode table, from CPython itself.

Run under CPython 3.13.0:  PYENV_VERSION=3.13.0 python3.13 tools/gen_opcode_table.py [OUT]
The numbers and names come from the `opcode` and `_opcode_metadata` modules; flags, formats,
inline-cache sizes, de-specialisation targets, stack effects (as C expressions of `oparg`,
which are also valid Java) and pseudo-instruction targets from the installed header
Include/internal/pycore_opcode_metadata.h. src/build/java/GenerateOpcodes.java turns the
table into dev.pyjama.code.Opcode. Nothing else in pyjama hard-codes opcode facts.
"""
import os
import re
import sys
import sysconfig

import _opcode_metadata
import opcode

assert sys.version_info[:2] == (3, 13), sys.version

HEADER = os.path.join(sysconfig.get_paths()['include'], 'internal', 'pycore_opcode_metadata.h')
OUT = (sys.argv[1] if len(sys.argv) > 1
       else os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'opcodes', 'opcodes.tsv'))


def switch_bodies(text, function):
    """{opcode name: return expression} of one generated `switch(opcode)` function."""
    start = text.index(f'int {function}(int opcode, int oparg)  {{')
    end = text.index('\n}', start)
    body = text[start:end]
    result = {}
    for m in re.finditer(r'case (\w+):\s*return (.*?);', body):
        result[m.group(1)] = m.group(2).strip()
    return result


def main():
    text = open(HEADER).read()
    popped = switch_bodies(text, '_PyOpcode_num_popped')
    pushed = switch_bodies(text, '_PyOpcode_num_pushed')
    meta = {}
    for m in re.finditer(r'\[(\w+)\] = \{ true, (?:INSTR_FMT_)?(\w+|-1), ([^}]*?) \},', text):
        flags = m.group(3).strip()
        flags = '' if flags == '0' else '|'.join(f.strip()[:-len('_FLAG')].removeprefix('HAS_') for f in flags.split('|'))
        meta[m.group(1)] = ('-' if m.group(2) == '-1' else m.group(2), flags)
    caches = {}
    block = text[text.index('const uint8_t _PyOpcode_Caches[256] = {'):]
    block = block[:block.index('};')]
    for m in re.finditer(r'\[(\w+)\] = (\d+),', block):
        caches[m.group(1)] = int(m.group(2))
    deopt = {}
    block = text[text.index('const uint8_t _PyOpcode_Deopt[256] = {'):]
    block = block[:block.index('};')]
    for m in re.finditer(r'\[(\w+)\] = (\w+),', block):
        deopt[m.group(1)] = m.group(2)
    pseudo = {}
    block = text[text.index('const struct pseudo_targets _PyOpcode_PseudoTargets'):]
    block = block[:block.index('};')]
    for m in re.finditer(r'\[(\w+)-256\] = \{ \{ (.*?) \} \}', block):
        pseudo[m.group(1)] = [t.strip() for t in m.group(2).split(',') if t.strip() != '0']

    numbers = dict(_opcode_metadata.opmap)
    numbers.update(_opcode_metadata._specialized_opmap)
    names = sorted(numbers, key=lambda n: numbers[n])
    with open(OUT, 'w') as out:
        out.write('# CPython 3.13.0 opcodes, written by tools/gen_opcode_table.py from CPython itself. Do not edit.\n')
        out.write('# name\tnumber\tformat\tflags\tcache_entries\tdeopt\tpopped\tpushed\tpseudo_targets\n')
        for name in names:
            fmt, flags = meta.get(name, ('', ''))
            fields = [name, str(numbers[name]), fmt or '-', flags or '-',
                      str(caches.get(name, 0)), deopt.get(name, name if numbers[name] < 256 else '-'),
                      popped.get(name, '-'), pushed.get(name, '-'),
                      ','.join(pseudo.get(name, [])) or '-']
            out.write('\t'.join(fields) + '\n')
        out.write(f'# HAVE_ARGUMENT={opcode.HAVE_ARGUMENT} MIN_INSTRUMENTED_OPCODE={_opcode_metadata.MIN_INSTRUMENTED_OPCODE}\n')
        # Constants that give opcode arguments their meaning.
        include = sysconfig.get_paths()['include']
        for header, prefixes in (
                ('opcode.h', ('NB_',)),
                ('internal/pycore_intrinsics.h', ('INTRINSIC_', 'MAX_INTRINSIC_')),
                ('internal/pycore_opcode_utils.h', ('MAKE_FUNCTION_', 'RESUME_')),
                ('ceval.h', ('FVC_',)),
                ('internal/pycore_code.h', ('COMPARISON_',)),
                ('object.h', ('Py_LT', 'Py_LE', 'Py_EQ', 'Py_NE', 'Py_GT', 'Py_GE'))):
            values = {}
            for m in re.finditer(r'^#define (\w+)\s+(.+?)\s*(?:/\*.*)?$', open(os.path.join(include, header)).read(), re.M):
                name, expr = m.group(1), m.group(2).strip()
                if not name.startswith(prefixes) or '(' in name:
                    continue
                expr = re.sub(r'\b([A-Z_][A-Z0-9_]*)\b', lambda t: str(values.get(t.group(1), t.group(1))), expr)
                try:
                    values[name] = int(eval(expr.replace('|', '|'), {}))
                except Exception:
                    continue
            for name, value in values.items():
                out.write(f'const\t{name}\t{value}\n')
    print(f'{len(names)} opcodes written to {os.path.normpath(OUT)}')


main()
