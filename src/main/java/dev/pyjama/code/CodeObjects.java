package dev.pyjama.code;

import dev.pyjama.interp.Abstract;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Code objects as values: the constructor behind {@code types.CodeType(...)} and
 * {@code code.replace()} (variable names given by kind, merged into localsplus), and equality
 * and hashing by content, so that {@code c.replace() == c} and a marshal round trip compares equal.
 */
// CPython: Objects/codeobject.c PyCode_NewWithPosOnlyArgs, code_richcompare, code_hash
public final class CodeObjects {
    private CodeObjects() {}

    /**
     * A code object from names given by kind: varnames are the locals, a cell variable that is
     * also a local shares its slot, free variables come last. Validated as _PyCode_Validate,
     * then co_nlocals must be the number of varnames.
     */
    // CPython: Objects/codeobject.c PyCode_NewWithPosOnlyArgs
    public static PyCode create(int argcount, int posonly, int kwonly, int nlocals, int stacksize, int flags,
                                PyObject code, PyObject consts, PyTuple names, PyTuple varnames, PyTuple freevars,
                                PyTuple cellvars, PyObject filename, PyObject name, PyObject qualname, int firstlineno,
                                PyObject linetable, PyObject exceptiontable) {
        List<PyObject> lpNames = new ArrayList<>();
        List<Byte> lpKinds = new ArrayList<>();
        for (PyObject v : varnames.items) {
            lpNames.add(v);
            lpKinds.add(PyCode.CO_FAST_LOCAL);
        }
        for (PyObject c : cellvars.items) {
            int arg = -1;
            for (int j = 0; j < varnames.items.length; j++) {
                if (((PyStr) varnames.items[j]).value().equals(((PyStr) c).value())) {
                    arg = j;
                    break;
                }
            }
            if (arg >= 0) {
                lpKinds.set(arg, (byte) (lpKinds.get(arg) | PyCode.CO_FAST_CELL));
                continue;
            }
            lpNames.add(c);
            lpKinds.add(PyCode.CO_FAST_CELL);
        }
        for (PyObject f : freevars.items) {
            lpNames.add(f);
            lpKinds.add(PyCode.CO_FAST_FREE);
        }
        byte[] kinds = new byte[lpKinds.size()];
        for (int i = 0; i < kinds.length; i++) kinds[i] = lpKinds.get(i);
        PyCode co = CodeValidation.build(argcount, posonly, kwonly, stacksize, flags, code, consts, names,
                new PyTuple(lpNames.toArray(new PyObject[0])), new PyBytes(kinds), filename, name, qualname, firstlineno,
                linetable, exceptiontable);
        if (nlocals != varnames.items.length) throw new PyException("ValueError", "code: co_nlocals != len(co_varnames)");
        return co;
    }

    /** {@code a == b} for two code objects. */
    // CPython: Objects/codeobject.c code_richcompare
    public static boolean equal(PyCode a, PyCode b) {
        if (a == b) return true;
        if (!a.name.equals(b.name) || a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount
                || a.kwonlyargcount != b.kwonlyargcount || a.flags != b.flags || a.firstlineno != b.firstlineno
                || a.code.length != b.code.length) {
            return false;
        }
        // instructions and their arguments, not the inline caches between them
        for (int i = 0; i < a.code.length; i += 2) {
            if (a.code[i] != b.code[i] || a.code[i + 1] != b.code[i + 1]) return false;
            i += 2 * DisTables.cacheSize(a.code[i] & 0xff);
        }
        if (a.consts.length != b.consts.length) return false;
        for (int i = 0; i < a.consts.length; i++) {
            if (!sameConstant(a.consts[i], b.consts[i])) return false;
        }
        return java.util.Arrays.equals(a.names, b.names) && java.util.Arrays.equals(a.localsplusnames, b.localsplusnames)
                && java.util.Arrays.equals(a.linetable, b.linetable) && java.util.Arrays.equals(a.exceptiontable, b.exceptiontable);
    }

    /**
     * Whether two constants have equal _PyCode_ConstantKey: types kept apart (1, 1.0, True),
     * -0.0 apart from 0.0, containers by their items' keys, code by content, other objects by identity.
     */
    // CPython: Objects/codeobject.c _PyCode_ConstantKey
    private static boolean sameConstant(PyObject x, PyObject y) {
        if (x == y) return true;
        if (x instanceof PyCode cx) return y instanceof PyCode cy && equal(cx, cy);
        if (x.getClass() != y.getClass()) return false;
        if (x instanceof PyInt || x instanceof PyBool || x instanceof PyStr || x instanceof PyBytes) {
            return Abstract.richCompareBool(x, y, Abstract.EQ);
        }
        if (x instanceof PyFloat fx) {
            double u = fx.value, v = ((PyFloat) y).value;
            return u == v && Double.doubleToRawLongBits(u) == Double.doubleToRawLongBits(v);
        }
        if (x instanceof PyComplex cx) {
            PyComplex cy = (PyComplex) y;
            return cx.real == cy.real && cx.imag == cy.imag
                    && Double.doubleToRawLongBits(cx.real) == Double.doubleToRawLongBits(cy.real)
                    && Double.doubleToRawLongBits(cx.imag) == Double.doubleToRawLongBits(cy.imag);
        }
        if (x instanceof PyTuple tx) {
            PyTuple ty = (PyTuple) y;
            if (tx.items.length != ty.items.length) return false;
            for (int i = 0; i < tx.items.length; i++) {
                if (!sameConstant(tx.items[i], ty.items[i])) return false;
            }
            return true;
        }
        if (x instanceof PyFrozenSet sx) {
            PyObject[] ix = sx.items(), iy = ((PyFrozenSet) y).items();
            if (ix.length != iy.length) return false;
            for (PyObject e : ix) {
                boolean found = false;
                for (PyObject f : iy) {
                    if (sameConstant(e, f)) {
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }
        return false;
    }

    /** {@code hash(code)}: its name, tables, counts and instructions, scrambled as CPython does. */
    // CPython: Objects/codeobject.c code_hash
    public static long hash(PyCode c) {
        long h = 20221211;
        h = scramble(h, Abstract.hash(PyStr.of(c.name)));
        h = scramble(h, Abstract.hash(new PyTuple(c.consts)));
        h = scramble(h, Abstract.hash(strings(c.names)));
        h = scramble(h, Abstract.hash(strings(c.localsplusnames)));
        h = scramble(h, Abstract.hash(new PyBytes(c.linetable)));
        h = scramble(h, Abstract.hash(new PyBytes(c.exceptiontable)));
        h = scramble(h, c.argcount);
        h = scramble(h, c.posonlyargcount);
        h = scramble(h, c.kwonlyargcount);
        h = scramble(h, c.flags);
        h = scramble(h, c.firstlineno);
        h = scramble(h, c.code.length / 2);
        for (int i = 0; i < c.code.length; i += 2) {
            int op = c.code[i] & 0xff;
            h = scramble(h, op);
            h = scramble(h, c.code[i + 1] & 0xff);
            i += 2 * DisTables.cacheSize(op);
        }
        return h == -1 ? -2 : h;
    }

    private static long scramble(long h, long v) {
        return (h ^ v) * 1000003L;
    }

    private static PyTuple strings(String[] s) {
        PyObject[] out = new PyObject[s.length];
        for (int i = 0; i < s.length; i++) out[i] = PyStr.of(s[i]);
        return new PyTuple(out);
    }
}
