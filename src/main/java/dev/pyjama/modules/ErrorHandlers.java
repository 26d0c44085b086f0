package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standard error handlers as Python callables ({@code codecs.lookup_error('strict')}...):
 * each takes a UnicodeError and returns (replacement, position to resume at).
 * The codecs themselves apply these handlers in Java without calling them.
 */
// CPython: Python/codecs.c PyCodec_StrictErrors, PyCodec_IgnoreErrors, PyCodec_ReplaceErrors, ...
final class ErrorHandlers {
    private ErrorHandlers() {}

    private interface Handler {
        PyObject handle(PyBaseException exc, PyType kind);
    }

    private static final Map<String, PyBuiltinFunction> BUILTIN = new TreeMap<>();

    static PyObject builtin(String name) {
        return BUILTIN.get(name);
    }

    private static void add(String name, String fname, Handler h) {
        BUILTIN.put(name, new PyBuiltinFunction(fname, null, null, (a, kw) -> {
            PyObject exc = ModuleSupport.one(fname, a, kw);
            if (name.equals("strict")) {
                if (exc instanceof PyBaseException e) throw new PyException(e);
                throw Errors.typeError("codec must pass exception instance");
            }
            PyType t = exc.type();
            PyType kind = t.isSubtype(ExceptionTypes.UNICODE_ENCODE_ERROR) ? ExceptionTypes.UNICODE_ENCODE_ERROR
                    : t.isSubtype(ExceptionTypes.UNICODE_DECODE_ERROR) ? ExceptionTypes.UNICODE_DECODE_ERROR
                    : t.isSubtype(ExceptionTypes.UNICODE_TRANSLATE_ERROR) ? ExceptionTypes.UNICODE_TRANSLATE_ERROR : null;
            if (kind == null) throw Errors.typeError("don't know how to handle " + t.name() + " in error callback");
            return h.handle((PyBaseException) exc, kind);
        }));
    }

    private static int intAttr(PyObject e, String name) {
        return (int) ((PyInt) Abstract.getattr(e, PyStr.of(name))).longValue();
    }

    private static PyTuple result(String replacement, int end) {
        return PyTuple.of(PyStr.of(replacement), PyInt.of(end));
    }

    private static PyException cannot(PyType kind) {
        return Errors.typeError("don't know how to handle " + kind.name() + " in error callback");
    }

    static {
        add("strict", "strict_errors", (e, k) -> null);
        add("ignore", "ignore_errors", (e, k) -> result("", intAttr(e, "end")));
        add("replace", "replace_errors", (e, k) -> {
            int start = intAttr(e, "start"), end = intAttr(e, "end");
            if (k == ExceptionTypes.UNICODE_DECODE_ERROR) return result("\ufffd", end);
            return result((k == ExceptionTypes.UNICODE_ENCODE_ERROR ? "?" : "\ufffd").repeat(Math.max(0, end - start)), end);
        });
        add("backslashreplace", "backslashreplace_errors", (e, k) -> {
            int start = intAttr(e, "start"), end = intAttr(e, "end");
            StringBuilder sb = new StringBuilder();
            PyObject obj = Abstract.getattr(e, PyStr.of("object"));
            if (k == ExceptionTypes.UNICODE_DECODE_ERROR) {
                byte[] b = CodecsModule.bytesArg(obj, "backslashreplace_errors", false);
                for (int i = start; i < end && i < b.length; i++) sb.append(String.format("\\x%02x", b[i] & 0xff));
            } else {
                int[] cps = ((PyStr) obj).codePoints();
                for (int i = start; i < end && i < cps.length; i++) {
                    int c = cps[i];
                    sb.append(c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                }
            }
            return result(sb.toString(), end);
        });
        add("xmlcharrefreplace", "xmlcharrefreplace_errors", (e, k) -> {
            if (k != ExceptionTypes.UNICODE_ENCODE_ERROR) throw cannot(k);
            int start = intAttr(e, "start"), end = intAttr(e, "end");
            int[] cps = ((PyStr) Abstract.getattr(e, PyStr.of("object"))).codePoints();
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < end && i < cps.length; i++) sb.append("&#").append(cps[i]).append(';');
            return result(sb.toString(), end);
        });
        add("namereplace", "namereplace_errors", (e, k) -> {
            if (k != ExceptionTypes.UNICODE_ENCODE_ERROR) throw cannot(k);
            int start = intAttr(e, "start"), end = intAttr(e, "end");
            PyStr obj = (PyStr) Abstract.getattr(e, PyStr.of("object"));
            PyStr part = PyStr.ofCodePoints(java.util.Arrays.copyOfRange(obj.codePoints(), start, end), end - start);
            byte[] b = dev.pyjama.interp.Codecs.encode(part.value(), "ascii", "namereplace");
            return result(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), end);
        });
        add("surrogateescape", "surrogateescape", (e, k) -> {
            int start = intAttr(e, "start"), end = intAttr(e, "end");
            PyObject obj = Abstract.getattr(e, PyStr.of("object"));
            if (k == ExceptionTypes.UNICODE_DECODE_ERROR) {
                byte[] b = CodecsModule.bytesArg(obj, "surrogateescape", false);
                int[] out = new int[4];
                int n = 0;
                for (int i = start; i < end && i < b.length && n < 4; i++) {
                    if ((b[i] & 0xff) < 128) break;
                    out[n++] = 0xdc00 + (b[i] & 0xff);
                }
                if (n == 0) throw new PyException(e);
                return PyTuple.of(PyStr.ofCodePoints(out, n), PyInt.of(start + n));
            }
            if (k != ExceptionTypes.UNICODE_ENCODE_ERROR) throw cannot(k);
            int[] cps = ((PyStr) obj).codePoints();
            byte[] out = new byte[end - start];
            for (int i = start; i < end; i++) {
                if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw new PyException(e);
                out[i - start] = (byte) (cps[i] - 0xdc00);
            }
            return PyTuple.of(new PyBytes(out), PyInt.of(end));
        });
    }
}
