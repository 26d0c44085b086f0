package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/** UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their fields, __init__ and __str__, and making them from Java. */
// CPython: Objects/exceptions.c UnicodeEncodeError_init/_str, UnicodeDecodeError_init/_str, UnicodeTranslateError_init/_str, UnicodeError_members
public final class UnicodeErrors {
    private UnicodeErrors() {}

    private static final String[] FIELDS = {"encoding", "object", "start", "end", "reason"};

    static void install() {
        PyType enc = ExceptionTypes.UNICODE_ENCODE_ERROR, dec = ExceptionTypes.UNICODE_DECODE_ERROR, tr = ExceptionTypes.UNICODE_TRANSLATE_ERROR;
        for (PyType t : new PyType[] {enc, dec, tr}) for (String f : FIELDS) field(t, f);
        init(enc, "UUnnU");
        init(dec, "UOnnU");
        init(tr, "UnnU");
        slot0(enc, "__str__", self -> str(ex(self), "encode"));
        slot0(dec, "__str__", self -> str(ex(self), "decode"));
        slot0(tr, "__str__", self -> str(ex(self), "translate"));
    }

    private static PyBaseException ex(PyObject o) {
        return (PyBaseException) o;
    }

    /** A member kept in the exception's dict (None until __init__ sets it, as CPython's NULL reads). */
    private static void field(PyType t, String name) {
        getset(t, name, self -> {
            PyObject v = ex(self).dict.get(name);
            return v == null ? PyNone.NONE : v;
        }, (self, v) -> {
            if (v == null) throw Errors.typeError("can't delete " + name + " attribute");
            if (name.equals("start") || name.equals("end")) v = PyInt.of(Abstract.asSsize(v, ExceptionTypes.OVERFLOW_ERROR));
            ex(self).dict.put(name, v);
        });
    }

    /** __init__: BaseException's, then PyArg_ParseTuple with the given format (U str, O object, n index). */
    private static void init(PyType t, String format) {
        put(t, "__init__", (args, kw) -> {
            PyBaseException e = ex(args[0]);
            if (Args.nkw(kw) > 0) throw Errors.typeError(t.name() + "() takes no keyword arguments");
            PyObject[] a = new PyObject[args.length - 1];
            System.arraycopy(args, 1, a, 0, a.length);
            e.args = PyTuple.of(a);
            for (String f : FIELDS) e.dict.remove(f);
            if (a.length != format.length()) {
                throw Errors.typeError("function takes exactly " + format.length() + " arguments (" + a.length + " given)");
            }
            PyObject[] vals = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                char c = format.charAt(i);
                if (c == 'U' && !(a[i] instanceof PyStr)) {
                    throw Errors.typeError("argument " + (i + 1) + " must be str, not " + a[i].typeName());
                }
                vals[i] = c == 'n' ? PyInt.of(Abstract.asSsize(a[i], ExceptionTypes.OVERFLOW_ERROR)) : a[i];
            }
            if (format.equals("UOnnU") && !(vals[1] instanceof PyBytes)) vals[1] = new PyBytes(BytesOps.need(vals[1]));
            String[] names = format.length() == 4 ? new String[] {"object", "start", "end", "reason"} : FIELDS;
            for (int i = 0; i < vals.length; i++) e.dict.put(names[i], vals[i]);
            if (format.length() == 4) e.dict.put("encoding", PyNone.NONE);
            return PyNone.NONE;
        });
    }

    // CPython: Objects/exceptions.c UnicodeEncodeError_str, UnicodeDecodeError_str, UnicodeTranslateError_str
    private static PyStr str(PyBaseException e, String what) {
        PyObject object = e.dict.get("object");
        if (object == null) return PyStr.of("");
        String reason = Abstract.str(e.dict.get("reason")).value();
        String prefix = what.equals("translate") ? "" : "'" + Abstract.str(e.dict.get("encoding")).value() + "' codec ";
        long start = Abstract.asSsize(e.dict.get("start"), null), end = Abstract.asSsize(e.dict.get("end"), null);
        long len = object instanceof PyBytes b ? b.value.length : ((PyStr) object).length();
        if (start >= 0 && start < len && end >= 0 && end <= len && end == start + 1) {
            if (object instanceof PyBytes b) {
                return PyStr.of(prefix + "can't " + what + " byte 0x" + String.format("%02x", b.value[(int) start] & 0xff)
                        + " in position " + start + ": " + reason);
            }
            int c = ((PyStr) object).codePoints()[(int) start];
            String esc = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return PyStr.of(prefix + "can't " + what + " character '" + esc + "' in position " + start + ": " + reason);
        }
        String plural = what.equals("decode") ? "bytes" : "characters";
        return PyStr.of(prefix + "can't " + what + " " + plural + " in position " + start + "-" + (end - 1) + ": " + reason);
    }

    private static PyBaseException make(PyType t, String encoding, PyObject object, int start, int end, String reason) {
        PyObject[] vals = {PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        PyBaseException e = new PyBaseException(t, PyTuple.of(vals));
        for (int i = 0; i < vals.length; i++) e.dict.put(FIELDS[i], vals[i]);
        return e;
    }

    // CPython: Objects/exceptions.c PyUnicodeDecodeError_Create
    public static PyBaseException decodeError(String encoding, byte[] object, int start, int end, String reason) {
        return make(ExceptionTypes.UNICODE_DECODE_ERROR, encoding, new PyBytes(object), start, end, reason);
    }

    public static PyBaseException encodeError(String encoding, String object, int start, int end, String reason) {
        return make(ExceptionTypes.UNICODE_ENCODE_ERROR, encoding, PyStr.of(object), start, end, reason);
    }

    static PyException raise(PyBaseException e) {
        return new PyException(e);
    }
}
