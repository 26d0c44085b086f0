package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code unicodedata} on Unicode 15.1 ({@link UnicodeDatabase}): the properties, names and
 * lookup, and the four normalization forms. Not provided: {@code ucd_3_2_0} (the Unicode 3.2
 * database idna's stringprep uses), the name aliases and named sequences of {@code lookup}.
 */
// CPython: Modules/unicodedata.c
public final class UnicodedataModule {
    private UnicodedataModule() {}

    static final PyType UCD = PyType.builtin("unicodedata.UCD", null);

    static {
        UCD.baseType = false;
        UCD.disallowInstantiation = true;
    }

    private interface Prop {
        PyObject get(int cp);
    }

    /** The one code point of a str of length 1: "category() argument must be a unicode character, not str". */
    private static int character(String fname, PyObject o, boolean numbered) {
        if (o instanceof PyStr s) {
            int[] cps = s.value.codePoints().limit(2).toArray();
            if (cps.length == 1) return cps[0];
        }
        throw Errors.typeError(fname + "() argument" + (numbered ? " 1" : "") + " must be a unicode character, not " + o.typeName());
    }

    private static void prop(PyModule m, String name, Prop p) {
        ModuleSupport.def(m, name, (a, kw) -> p.get(character(name, ModuleSupport.one("unicodedata." + name, a, kw), false)));
    }

    /** name/decimal/digit/numeric: a character and an optional default returned instead of raising. */
    private interface WithDefault {
        PyObject get(int cp);
    }

    private static void withDefault(PyModule m, String name, String error, WithDefault f) {
        ModuleSupport.def(m, name, (a, kw) -> {
            ModuleSupport.positional(name, a, kw, 1, 2);
            PyObject r = f.get(character(name, a[0], true));
            if (r != null) return r;
            if (a.length > 1) return a[1];
            throw Errors.valueError(error);
        });
    }

    private static String form(PyObject f, String fname) {
        if (!(f instanceof PyStr s)) throw Errors.typeError(fname + "() argument 1 must be str, not " + f.typeName());
        return s.value;
    }

    // CPython: Modules/unicodedata.c unicodedata_UCD_normalize_impl
    static String normalize(String form, String s) {
        UnicodeDatabase db = UnicodeDatabase.DB;
        int[] cps = s.codePoints().toArray();
        int[] r = switch (form) {
            case "NFD" -> db.decompose(cps, false);
            case "NFKD" -> db.decompose(cps, true);
            case "NFC" -> db.composeAll(db.decompose(cps, false));
            case "NFKC" -> db.composeAll(db.decompose(cps, true));
            default -> throw Errors.valueError("invalid normalization form");
        };
        return new String(r, 0, r.length);
    }

    public static PyModule create(Interpreter interp) {
        UnicodeDatabase db = UnicodeDatabase.DB;
        PyModule m = ModuleSupport.module("unicodedata");
        ModuleSupport.set(m, "__doc__", PyStr.of("This module provides access to the Unicode Character Database which\n"
                + "defines character properties for all Unicode characters. The data in\nthis database is based on the"
                + " UnicodeData.txt file version\n15.1.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                + "The module uses the same names and symbols as defined by the\nUnicodeData File Format 15.1.0."));
        ModuleSupport.set(m, "unidata_version", PyStr.of("15.1.0"));
        ModuleSupport.set(m, "UCD", UCD);
        prop(m, "category", cp -> PyStr.of(db.category(cp)));
        prop(m, "bidirectional", cp -> PyStr.of(db.bidirectional(cp)));
        prop(m, "combining", cp -> PyInt.of(db.combining(cp)));
        prop(m, "east_asian_width", cp -> PyStr.of(db.eastAsianWidth(cp)));
        prop(m, "mirrored", cp -> PyInt.of(db.mirrored(cp)));
        prop(m, "decomposition", cp -> PyStr.of(db.decomposition.getOrDefault(cp, "")));
        withDefault(m, "name", "no such name", cp -> {
            String n = db.name(cp);
            return n == null ? null : PyStr.of(n);
        });
        withDefault(m, "decimal", "not a decimal", cp -> {
            double[] v = db.numeric.get(cp);
            return v == null || v[0] < 0 ? null : PyInt.of((long) v[0]);
        });
        withDefault(m, "digit", "not a digit", cp -> {
            double[] v = db.numeric.get(cp);
            return v == null || v[1] < 0 ? null : PyInt.of((long) v[1]);
        });
        withDefault(m, "numeric", "not a numeric character", cp -> {
            double[] v = db.numeric.get(cp);
            return v == null ? null : PyFloat.of(v[2]);
        });
        ModuleSupport.def(m, "lookup", (a, kw) -> {
            PyObject o = ModuleSupport.one("unicodedata.lookup", a, kw);
            String name;
            if (o instanceof PyStr s) name = s.value;
            else if (o instanceof PyBytes b) name = new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1);
            else throw Errors.typeError("a bytes-like object is required, not '" + o.typeName() + "'");
            if (name.length() > 256) throw Errors.raise(ExceptionTypes.KEY_ERROR, "name too long");
            int cp = db.lookup(name);
            if (cp < 0) {
                throw new dev.pyjama.objects.PyException(new dev.pyjama.objects.PyBaseException(ExceptionTypes.KEY_ERROR,
                        PyTuple.of(PyStr.of("undefined character name '" + name + "'"))));
            }
            return PyStr.of(new String(Character.toChars(cp)));
        });
        ModuleSupport.def(m, "normalize", (a, kw) -> {
            ModuleSupport.positional("normalize", a, kw, 2, 2);
            String f = form(a[0], "normalize");
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("normalize() argument 2 must be str, not " + a[1].typeName());
            return PyStr.of(normalize(f, s.value));
        });
        ModuleSupport.def(m, "is_normalized", (a, kw) -> {
            ModuleSupport.positional("is_normalized", a, kw, 2, 2);
            String f = form(a[0], "is_normalized");
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("is_normalized() argument 2 must be str, not " + a[1].typeName());
            return PyBool.of(normalize(f, s.value).equals(s.value));
        });
        return m;
    }
}
