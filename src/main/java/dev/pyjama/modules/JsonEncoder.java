package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.List;
import java.util.Map;

/**
 * {@code _json.Encoder} (json.encoder.c_make_encoder): the one-shot encoder json.dumps uses;
 * a call returns a 1-tuple holding the whole text, as 3.13's C encoder does.
 */
// CPython: Modules/_json.c encoder_new, encoder_call, encoder_listencode_obj, _dict, _list
final class JsonEncoder extends PyObject {
    static final PyType TYPE = PyType.builtin("_json.Encoder", null);

    private static final String[] NAMES = {"markers", "default", "encoder", "indent", "key_separator", "item_separator",
        "sort_keys", "skipkeys", "allow_nan"};

    PyObject markers, defaultFn, encoder, indent;
    String keySeparator, itemSeparator;
    boolean sortKeys, skipKeys, allowNan;
    /** 1: encode_basestring_ascii, 2: encode_basestring (called directly), 0: call encoder. */
    int fastEncode;

    @Override public PyType type() { return TYPE; }

    @Override
    public String repr() {
        return "<_json.Encoder object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    static {
        TYPE.dict.put("__doc__", PyStr.of("Encoder(markers, default, encoder, indent, key_separator, item_separator,"
                + " sort_keys, skipkeys, allow_nan)"));
        TYPE.dict.put("__module__", PyStr.of("_json"));
        newMethod(TYPE, (a, kw) -> {
            PyObject[] p = Args.parse("make_encoder", a, 1, kw, NAMES, 9, 9);
            if (p[0] != PyNone.NONE && !(p[0] instanceof PyDict)) {
                throw Errors.typeError("make_encoder() argument 1 must be dict or None, not " + p[0].typeName());
            }
            for (int i = 4; i <= 5; i++) {
                if (!(p[i] instanceof PyStr)) {
                    throw Errors.typeError("make_encoder() argument " + (i + 1) + " must be str, not " + p[i].typeName());
                }
            }
            JsonEncoder e = new JsonEncoder();
            e.markers = p[0];
            e.defaultFn = p[1];
            e.encoder = p[2];
            e.indent = p[3];
            e.keySeparator = ((PyStr) p[4]).value();
            e.itemSeparator = ((PyStr) p[5]).value();
            e.sortKeys = Abstract.isTrue(p[6]);
            e.skipKeys = Abstract.isTrue(p[7]);
            e.allowNan = Abstract.isTrue(p[8]);
            e.fastEncode = p[2] == JsonModule.encodeBasestringAscii ? 1 : p[2] == JsonModule.encodeBasestring ? 2 : 0;
            return e;
        });
        put(TYPE, "__call__", (a, kw) -> {
            JsonEncoder e = (JsonEncoder) a[0];
            PyObject[] p = Args.parse("_iterencode", a, 1, kw, new String[] {"obj", "_current_indent_level"}, 2, 2);
            long level = ModuleSupport.asLong(p[1]);
            String newlineIndent = null;
            if (e.indent != PyNone.NONE) {
                newlineIndent = "\n" + (level > 0 ? ((PyStr) Abstract.binaryOp(Abstract.NB_MULTIPLY, e.indent, PyInt.of(level))).value() : "");
            }
            StringBuilder out = new StringBuilder();
            e.encodeObj(out, p[0], newlineIndent);
            return PyTuple.of(PyStr.of(out.toString()));
        });
    }

    private String indentStr() {
        return ((PyStr) indent).value();
    }

    // CPython: Modules/_json.c encoder_encode_float
    private String encodeFloat(PyObject o) {
        double d = ((PyFloat) o).value;
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant: " + Abstract.repr(o).value());
            }
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }
        return PyFloat.repr(d);
    }

    // CPython: Modules/_json.c encoder_encode_string
    private String encodeString(PyObject o) {
        if (fastEncode != 0) return JsonModule.encode(((PyStr) o).value(), fastEncode == 1);
        PyObject r = Abstract.call(encoder, o);
        if (!(r instanceof PyStr rs)) throw Errors.typeError("encoder() must return a string, not " + r.typeName());
        return rs.value();
    }

    private PyInt mark(PyObject o) {
        if (markers == PyNone.NONE) return null;
        PyInt ident = PyInt.of(dev.pyjama.objects.PyHash.address(o));
        PyDict m = (PyDict) markers;
        if (m.containsKey(ident)) throw Errors.valueError("Circular reference detected");
        m.put(ident, o);
        return ident;
    }

    private void unmark(PyInt ident) {
        if (ident != null) Abstract.delitem(markers, ident);
    }

    // CPython: Modules/_json.c encoder_listencode_obj
    void encodeObj(StringBuilder out, PyObject o, String nl) {
        if (o == PyNone.NONE) out.append("null");
        else if (o == PyBool.TRUE) out.append("true");
        else if (o == PyBool.FALSE) out.append("false");
        else if (o instanceof PyStr) out.append(encodeString(o));
        else if (o instanceof PyInt i) out.append(PyInt.exact(i).repr());
        else if (o instanceof PyFloat) out.append(encodeFloat(o));
        else if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) {
            ThreadState ts = ThreadState.enterRecursiveCall(" while encoding a JSON object");
            try {
                if (o instanceof PyDict d) encodeDict(out, d, nl);
                else encodeList(out, o, nl);
            } finally {
                ts.leaveRecursiveCall();
            }
        } else {
            PyInt ident = mark(o);
            PyObject replaced = Abstract.call(defaultFn, o);
            ThreadState ts = ThreadState.enterRecursiveCall(" while encoding a JSON object");
            try {
                encodeObj(out, replaced, nl);
            } finally {
                ts.leaveRecursiveCall();
            }
            unmark(ident);
        }
    }

    // CPython: Modules/_json.c encoder_listencode_dict, encoder_encode_key_value
    private void encodeDict(StringBuilder out, PyDict d, String nl) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        PyInt ident = mark(d);
        out.append('{');
        String sep = itemSeparator, inner = null;
        if (indent != PyNone.NONE) {
            inner = nl + indentStr();
            sep = itemSeparator + inner;
        }
        boolean[] first = {true};
        if (sortKeys || d.getClass() != PyDict.class) {
            PyObject items = Abstract.call(Abstract.getattr(d, PyStr.of("items")));
            PyList list = new PyList(new java.util.ArrayList<>(Abstract.toList(items)));
            if (sortKeys) Abstract.call(Abstract.getattr(list, PyStr.of("sort")));
            for (PyObject item : list.items) {
                if (!(item instanceof PyTuple t) || t.items.length != 2) throw Errors.valueError("items must return 2-tuples");
                keyValue(out, first, t.items[0], t.items[1], inner, sep);
            }
        } else {
            List<PyObject> keys = d.keys();
            for (PyObject k : keys) keyValue(out, first, k, d.get(k), inner, sep);
        }
        unmark(ident);
        if (indent != PyNone.NONE && !first[0]) out.append(nl);
        out.append('}');
    }

    private void keyValue(StringBuilder out, boolean[] first, PyObject key, PyObject value, String inner, String sep) {
        String keystr;
        if (key instanceof PyStr ks) keystr = ks.value();
        else if (key instanceof PyFloat) keystr = encodeFloat(key);
        else if (key == PyBool.TRUE) keystr = "true";
        else if (key == PyBool.FALSE) keystr = "false";
        else if (key == PyNone.NONE) keystr = "null";
        else if (key instanceof PyInt i) keystr = PyInt.exact(i).repr();
        else if (skipKeys) return;
        else throw Errors.typeError("keys must be str, int, float, bool or None, not " + key.typeName());
        if (first[0]) {
            first[0] = false;
            if (indent != PyNone.NONE) out.append(inner);
        } else {
            out.append(sep);
        }
        out.append(encodeString(PyStr.of(keystr)));
        out.append(keySeparator);
        encodeObj(out, value, inner);
    }

    // CPython: Modules/_json.c encoder_listencode_list
    private void encodeList(StringBuilder out, PyObject seq, String nl) {
        // PySequence_Fast: an exact list or tuple as it is, anything else (a subclass) through its __iter__
        PyObject[] items = seq.getClass() == PyTuple.class && seq.type() == PyTuple.TYPE ? ((PyTuple) seq).items
                : seq.type() == PyList.TYPE ? ((PyList) seq).items.toArray(new PyObject[0]) : Abstract.toArray(seq);
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        PyInt ident = mark(seq);
        out.append('[');
        String sep = itemSeparator, inner = null;
        if (indent != PyNone.NONE) {
            inner = nl + indentStr();
            out.append(inner);
            sep = itemSeparator + inner;
        }
        for (int i = 0; i < items.length; i++) {
            if (i > 0) out.append(sep);
            encodeObj(out, items[i], inner);
        }
        unmark(ident);
        if (indent != PyNone.NONE) out.append(nl);
        out.append(']');
    }
}
