package dev.pyjama.modules.sre;

import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.util.Arrays;

/**
 * A subject string as the engine sees it: the characters of a str (code points, so indices
 * are Python's) or of a bytes-like object (unsigned bytes), and whether it is bytes.
 */
// CPython: Modules/_sre/sre.c getstring, getslice
final class SreSubject {
    final int[] text;
    final boolean isBytes;

    private SreSubject(int[] text, boolean isBytes) {
        this.text = text;
        this.isBytes = isBytes;
    }

    /** The subject's characters, or null when {@code o} is neither str nor bytes-like. */
    static SreSubject tryOf(PyObject o) {
        if (o instanceof PyStr s) return new SreSubject(s.codePoints(), false);
        if (o instanceof PyBytes b) return new SreSubject(bytes(b.value, b.value.length), true);
        if (o instanceof PyByteArray b) return new SreSubject(bytes(b.buf, b.size), true);
        return null;
    }

    static SreSubject of(PyObject o) {
        SreSubject s = tryOf(o);
        if (s == null) throw Errors.typeError("expected string or bytes-like object, got '" + o.typeName() + "'");
        return s;
    }

    private static int[] bytes(byte[] b, int n) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = b[i] & 0xff;
        return t;
    }

    /** {@code string[i:j]} as str or bytes (the string itself when it is all of an exact str or bytes). */
    static PyObject slice(boolean isBytes, int[] text, PyObject string, int i, int j) {
        if (isBytes) {
            if (string.getClass() == PyBytes.class && i == 0 && j == ((PyBytes) string).value.length) return string;
            byte[] out = new byte[j - i];
            for (int k = i; k < j; k++) out[k - i] = (byte) text[k];
            return new PyBytes(out);
        }
        if (string.getClass() == PyStr.class && i == 0 && j == text.length) return string;
        return PyStr.ofCodePoints(Arrays.copyOfRange(text, i, j), j - i);
    }
}
