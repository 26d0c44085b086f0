# dis: CPython's dis.py on pyjama's code objects and its _opcode module
import dis
import opcode


def sample(items, scale=2):
    total = 0
    for i, x in enumerate(items):
        if x % 2 and i:
            total += x * scale
        else:
            continue
    try:
        return {k: v for k, v in zip("ab", items)}, total
    except (KeyError, ValueError) as e:
        raise RuntimeError("bad") from e
    finally:
        del items


class Shape:
    sides = 0

    def area(self):
        return [s ** 2 for s in range(self.sides)]


dis.dis(sample)
dis.dis(Shape, show_caches=True)
dis.dis("a = b + 1; print(a)")
print(dis.code_info(sample))
for ins in list(dis.get_instructions(sample))[:6]:
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target)
bc = dis.Bytecode(Shape.area)
print(bc.info().splitlines()[0], len(list(bc)))
print(list(dis.findlinestarts(sample.__code__))[:4], dis.findlabels(sample.__code__.co_code)[:3])
print(opcode.opmap["LOAD_CONST"], opcode.opname[100], opcode.HAVE_ARGUMENT, len(opcode.hasjump), len(opcode.hasconst))
print(dis.stack_effect(opcode.opmap["BUILD_LIST"], 3), dis.stack_effect(opcode.opmap["POP_TOP"]))
print(opcode.cmp_op, opcode._nb_ops[:3], opcode._intrinsic_1_descs[:2])
try:
    dis.stack_effect(opcode.opmap["LOAD_CONST"])
except ValueError as e:
    print(type(e).__name__, e)
