package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.math.BigInteger;
import java.util.ArrayList;

/** {@code _json.Scanner} (json.scanner.c_make_scanner): one JSON value from a str at an index. */
// CPython: Modules/_json.c scanner_new, scanner_call, scan_once_unicode, _parse_object_unicode, _parse_array_unicode
final class JsonScanner extends PyObject {
    static final PyType TYPE = PyType.builtin("_json.Scanner", null);

    final boolean strict;
    final PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant;
    /** One call's document, as code points, and the memo that shares equal keys. */
    private int[] s;
    private PyStr doc;
    private PyDict memo;

    private JsonScanner(PyObject ctx) {
        strict = Abstract.isTrue(Abstract.getattr(ctx, PyStr.of("strict")));
        objectHook = Abstract.getattr(ctx, PyStr.of("object_hook"));
        pairsHook = Abstract.getattr(ctx, PyStr.of("object_pairs_hook"));
        parseFloat = Abstract.getattr(ctx, PyStr.of("parse_float"));
        parseInt = Abstract.getattr(ctx, PyStr.of("parse_int"));
        parseConstant = Abstract.getattr(ctx, PyStr.of("parse_constant"));
    }

    @Override public PyType type() { return TYPE; }

    @Override
    public String repr() {
        return "<_json.Scanner object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    static {
        TYPE.dict.put("__doc__", PyStr.of("JSON scanner object"));
        TYPE.dict.put("__module__", PyStr.of("_json"));
        newMethod(TYPE, (a, kw) -> {
            PyObject[] p = Args.parse("Scanner", a, 1, kw, new String[] {"context"}, 1, 1);
            return new JsonScanner(p[0]);
        });
        put(TYPE, "__call__", (a, kw) -> {
            JsonScanner sc = (JsonScanner) a[0];
            PyObject[] p = Args.parse("scan_once", a, 1, kw, new String[] {"string", "idx"}, 2, 2);
            if (!(p[0] instanceof PyStr str)) {
                throw Errors.typeError("first argument must be a string, not " + p[0].typeName());
            }
            long idx = ModuleSupport.asLong(p[1]);
            int[] saved = sc.s;
            PyStr savedDoc = sc.doc;
            PyDict savedMemo = sc.memo;
            sc.s = str.value().codePoints().toArray();
            sc.doc = str;
            sc.memo = new PyDict();
            try {
                int[] next = new int[1];
                PyObject v = sc.scanOnce(idx, next);
                return PyTuple.of(v, PyInt.of(next[0]));
            } finally {
                sc.s = saved;
                sc.doc = savedDoc;
                sc.memo = savedMemo;
            }
        });
    }

    private static PyException stop(long idx) {
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.STOP_ITERATION, PyInt.of(idx)));
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private int skip(int idx) {
        while (idx < s.length && isWhitespace(s[idx])) idx++;
        return idx;
    }

    private boolean at(int idx, String word) {
        if (idx + word.length() > s.length) return false;
        for (int i = 0; i < word.length(); i++) if (s[idx + i] != word.charAt(i)) return false;
        return true;
    }

    // CPython: Modules/_json.c scan_once_unicode
    PyObject scanOnce(long idxL, int[] next) {
        if (idxL < 0) throw Errors.valueError("idx cannot be negative");
        if (idxL >= s.length) throw stop(idxL);
        int idx = (int) idxL;
        switch (s[idx]) {
            case '"':
                return JsonModule.scanString(doc, s, idx + 1, strict, next);
            case '{':
            case '[': {
                boolean obj = s[idx] == '{';
                ThreadState ts = ThreadState.enterRecursiveCall(obj ? " while decoding a JSON object from a unicode string"
                        : " while decoding a JSON array from a unicode string");
                try {
                    return obj ? parseObject(idx + 1, next) : parseArray(idx + 1, next);
                } finally {
                    ts.leaveRecursiveCall();
                }
            }
            case 'n':
                if (at(idx, "null")) {
                    next[0] = idx + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (at(idx, "true")) {
                    next[0] = idx + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (at(idx, "false")) {
                    next[0] = idx + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (at(idx, "NaN")) return constant("NaN", idx, next);
                break;
            case 'I':
                if (at(idx, "Infinity")) return constant("Infinity", idx, next);
                break;
            case '-':
                if (at(idx, "-Infinity")) return constant("-Infinity", idx, next);
                break;
            default:
                break;
        }
        return number(idx, next);
    }

    private PyObject constant(String name, int idx, int[] next) {
        PyObject r = Abstract.call(parseConstant, PyStr.intern(name));
        next[0] = idx + name.length();
        return r;
    }

    // CPython: Modules/_json.c _parse_object_unicode
    private PyObject parseObject(int idx, int[] next) {
        int end = s.length - 1;
        boolean pairs = pairsHook != PyNone.NONE;
        ArrayList<PyObject> items = pairs ? new ArrayList<>() : null;
        PyDict dict = pairs ? null : new PyDict();
        idx = skip(idx);
        if (idx > end || s[idx] != '}') {
            while (true) {
                if (idx > end || s[idx] != '"') throw JsonModule.error("Expecting property name enclosed in double quotes", doc, idx);
                PyObject key = JsonModule.scanString(doc, s, idx + 1, strict, next);
                key = memo.setDefault(key, key);
                idx = skip(next[0]);
                if (idx > end || s[idx] != ':') throw JsonModule.error("Expecting ':' delimiter", doc, idx);
                idx = skip(idx + 1);
                PyObject val = scanOnce(idx, next);
                if (pairs) items.add(PyTuple.of(key, val));
                else dict.put(key, val);
                idx = skip(next[0]);
                if (idx <= end && s[idx] == '}') break;
                if (idx > end || s[idx] != ',') throw JsonModule.error("Expecting ',' delimiter", doc, idx);
                int comma = idx;
                idx = skip(idx + 1);
                if (idx <= end && s[idx] == '}') throw JsonModule.error("Illegal trailing comma before end of object", doc, comma);
            }
        }
        next[0] = idx + 1;
        if (pairs) return Abstract.call(pairsHook, new PyList(items));
        if (objectHook != PyNone.NONE) return Abstract.call(objectHook, dict);
        return dict;
    }

    // CPython: Modules/_json.c _parse_array_unicode
    private PyObject parseArray(int idx, int[] next) {
        int end = s.length - 1;
        ArrayList<PyObject> items = new ArrayList<>();
        idx = skip(idx);
        if (idx > end || s[idx] != ']') {
            while (true) {
                items.add(scanOnce(idx, next));
                idx = skip(next[0]);
                if (idx <= end && s[idx] == ']') break;
                if (idx > end || s[idx] != ',') throw JsonModule.error("Expecting ',' delimiter", doc, idx);
                int comma = idx;
                idx = skip(idx + 1);
                if (idx <= end && s[idx] == ']') throw JsonModule.error("Illegal trailing comma before end of array", doc, comma);
            }
        }
        if (idx > end || s[idx] != ']') throw JsonModule.error("Expecting value", doc, end);
        next[0] = idx + 1;
        return new PyList(items);
    }

    private boolean digit(int idx) {
        return s[idx] >= '0' && s[idx] <= '9';
    }

    // CPython: Modules/_json.c _match_number_unicode
    private PyObject number(int start, int[] next) {
        int end = s.length - 1, idx = start;
        boolean isFloat = false;
        if (s[idx] == '-') {
            idx++;
            if (idx > end) throw stop(start);
        }
        if (s[idx] >= '1' && s[idx] <= '9') {
            idx++;
            while (idx <= end && digit(idx)) idx++;
        } else if (s[idx] == '0') {
            idx++;
        } else {
            throw stop(start);
        }
        if (idx < end && s[idx] == '.' && digit(idx + 1)) {
            isFloat = true;
            idx += 2;
            while (idx <= end && digit(idx)) idx++;
        }
        if (idx < end && (s[idx] == 'e' || s[idx] == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < end && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= end && digit(idx)) idx++;
            if (digit(idx - 1)) isFloat = true;
            else idx = eStart;
        }
        String text = new String(s, start, idx - start);
        next[0] = idx;
        if (isFloat && parseFloat != PyFloat.TYPE) return Abstract.call(parseFloat, PyStr.of(text));
        if (!isFloat && parseInt != PyInt.TYPE) return Abstract.call(parseInt, PyStr.of(text));
        if (isFloat) return PyFloat.of(Double.parseDouble(text));
        return text.length() < 18 ? PyInt.of(Long.parseLong(text)) : PyInt.of(new BigInteger(text));
    }
}
