package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.security.MessageDigest;

/**
 * {@code _operator}, so far only what has no pure-Python fallback: {@code _compare_digest},
 * which hmac imports. operator.py keeps its own Python definitions of everything else
 * ({@code from _operator import *} brings in no public names).
 */
// CPython: Modules/_operator.c
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_operator");
        ModuleSupport.set(m, "__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented"
                + " in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent"
                + " to the expression x+y.  The function names are those\nused for special methods; variants without leading"
                + " and trailing\n'__' are also provided for convenience."));
        ModuleSupport.def(m, "_compare_digest", (a, kw) -> {
            ModuleSupport.positional("_compare_digest", a, kw, 2, 2);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        return m;
    }

    // CPython: Modules/_operator.c _operator__compare_digest_impl (time independent of where the inputs differ)
    private static boolean compareDigest(PyObject a, PyObject b) {
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!ascii(sa.value) || !ascii(sb.value)) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            return MessageDigest.isEqual(sa.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    sb.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (Buffers.bytesOrNull(a) == null && Buffers.bytesOrNull(b) == null) {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '" + a.type().name() + "' and '"
                    + b.type().name() + "'");
        }
        return MessageDigest.isEqual(Buffers.bytesLike(a), Buffers.bytesLike(b));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }
}
