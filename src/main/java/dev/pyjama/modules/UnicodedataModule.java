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
 * lookup, and the four normalization forms; {@code ucd_3_2_0}, the Unicode 3.2 database idna's
 * stringprep uses, offers the same functions over the 3.2 records. Not provided: the name aliases
 * and named sequences of {@code lookup}.
 */
// CPython: Modules/unicodedata.c
public final class UnicodedataModule {
    private UnicodedataModule() {}

    static final PyType UCD = PyType.builtin("unicodedata.UCD", null);

    /** {@code unicodedata.ucd_3_2_0}: the same functions over Unicode 3.2.0, as idna's stringprep needs. */
    private static final class Ucd extends PyObject {
        @Override
        public PyType type() {
            return UCD;
        }

        @Override
        public String repr() {
            return "<unicodedata.UCD object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    static final PyObject UCD_3_2_0 = new Ucd();

    static {
        UCD.baseType = false;
        UCD.disallowInstantiation = true;
        functions((name, f) -> dev.pyjama.interp.BuiltinTypes.put(UCD, name,
                (args, kw) -> f.call(java.util.Arrays.copyOfRange(args, 1, args.length), kw)), true);
        dev.pyjama.interp.BuiltinTypes.getter(UCD, "unidata_version", self -> PyStr.of("3.2.0"));
    }

    /** Adds one function: to the module, or as a method of UCD (whose self, the one ucd_3_2_0, is dropped). */
    private interface Sink {
        void add(String name, dev.pyjama.objects.PyBuiltinFunction.Impl f);
    }

    private interface Prop {
        PyObject get(int cp);
    }

    /** The one code point of a str of length 1: "category() argument must be a unicode character, not str". */
    private static int character(String fname, PyObject o, boolean numbered) {
        if (o instanceof PyStr s) {
            int[] cps = s.value().codePoints().limit(2).toArray();
            if (cps.length == 1) return cps[0];
        }
        throw Errors.typeError(fname + "() argument" + (numbered ? " 1" : "") + " must be a unicode character, not " + o.typeName());
    }

    private static void prop(Sink m, String name, Prop p) {
        m.add(name, (a, kw) -> p.get(character(name, ModuleSupport.one("unicodedata." + name, a, kw), false)));
    }

    /** name/decimal/digit/numeric: a character and an optional default returned instead of raising. */
    private static void withDefault(Sink m, String name, String error, Prop f) {
        m.add(name, (a, kw) -> {
            ModuleSupport.positional(name, a, kw, 1, 2);
            PyObject r = f.get(character(name, a[0], true));
            if (r != null) return r;
            if (a.length > 1) return a[1];
            throw Errors.valueError(error);
        });
    }

    private static String form(PyObject f, String fname) {
        if (!(f instanceof PyStr s)) throw Errors.typeError(fname + "() argument 1 must be str, not " + f.typeName());
        return s.value();
    }

    // CPython: Modules/unicodedata.c unicodedata_UCD_normalize_impl
    static String normalize(String form, String s) {
        return normalize(form, s, false);
    }

    private static String normalize(String form, String s, boolean v320) {
        UnicodeDatabase db = UnicodeDatabase.DB;
        int[] cps = s.codePoints().toArray();
        int[] r = switch (form) {
            case "NFD" -> db.decompose(cps, false, v320);
            case "NFKD" -> db.decompose(cps, true, v320);
            case "NFC" -> db.composeAll(db.decompose(cps, false, v320));
            case "NFKC" -> db.composeAll(db.decompose(cps, true, v320));
            default -> throw Errors.valueError("invalid normalization form");
        };
        return new String(r, 0, r.length);
    }

    /** A property of {@code cp}: from its 3.2.0 record when {@code old} has one (ucd_3_2_0, changed since), else today's. */
    private static <T> T pick(java.util.function.IntFunction<UnicodeDatabase.Old> old, int cp,
            java.util.function.Function<UnicodeDatabase.Old, T> then, java.util.function.IntFunction<T> now) {
        UnicodeDatabase.Old o = old.apply(cp);
        return o != null ? then.apply(o) : now.apply(cp);
    }

    private static void functions(Sink m, boolean v320) {
        UnicodeDatabase db = UnicodeDatabase.DB;
        // CPython: Modules/unicodedata.c (each function's "self && UCD_Check(self)" branch: get_old_record)
        java.util.function.IntFunction<UnicodeDatabase.Old> old = cp -> v320 ? db.old(cp) : null;
        java.util.function.IntFunction<double[]> numeric = cp -> {
            UnicodeDatabase.Old o = old.apply(cp);
            return o != null ? o.numeric() : db.numeric.get(cp);
        };
        prop(m, "category", cp -> PyStr.of(pick(old, cp, UnicodeDatabase.Old::category, db::category)));
        prop(m, "bidirectional", cp -> PyStr.of(pick(old, cp, UnicodeDatabase.Old::bidi, db::bidirectional)));
        prop(m, "combining", cp -> PyInt.of(pick(old, cp, UnicodeDatabase.Old::combining, db::combining)));
        prop(m, "east_asian_width", cp -> PyStr.of(pick(old, cp, UnicodeDatabase.Old::eaw, db::eastAsianWidth)));
        prop(m, "mirrored", cp -> PyInt.of(pick(old, cp, UnicodeDatabase.Old::mirrored, db::mirrored)));
        prop(m, "decomposition", cp -> PyStr.of(v320 && db.unassigned320(cp) ? "" : db.decomposition.getOrDefault(cp, "")));
        withDefault(m, "name", "no such name", cp -> {
            String n = v320 && db.unassigned320(cp) ? null : db.name(cp);
            return n == null ? null : PyStr.of(n);
        });
        withDefault(m, "decimal", "not a decimal", cp -> {
            double[] v = numeric.apply(cp);
            return v == null || v[0] < 0 ? null : PyInt.of((long) v[0]);
        });
        withDefault(m, "digit", "not a digit", cp -> {
            double[] v = numeric.apply(cp);
            return v == null || v[1] < 0 ? null : PyInt.of((long) v[1]);
        });
        withDefault(m, "numeric", "not a numeric character", cp -> {
            double[] v = numeric.apply(cp);
            return v == null || Double.isNaN(v[2]) ? null : PyFloat.of(v[2]);
        });
        m.add("lookup", (a, kw) -> {
            PyObject o = ModuleSupport.one("unicodedata.lookup", a, kw);
            String name;
            if (o instanceof PyStr s) name = s.value();
            else if (o instanceof PyBytes b) name = new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1);
            else throw Errors.typeError("a bytes-like object is required, not '" + o.typeName() + "'");
            if (name.length() > 256) throw Errors.raise(ExceptionTypes.KEY_ERROR, "name too long");
            int cp = db.lookup(name);
            // (3.2's lookup finds names 3.2 lacked too: CPython 3.13's _getcode is not asked about the old record)
            if (cp < 0) {
                throw new dev.pyjama.objects.PyException(new dev.pyjama.objects.PyBaseException(ExceptionTypes.KEY_ERROR,
                        PyTuple.of(PyStr.of("undefined character name '" + name + "'"))));
            }
            return PyStr.of(new String(Character.toChars(cp)));
        });
        m.add("normalize", (a, kw) -> {
            ModuleSupport.positional("normalize", a, kw, 2, 2);
            String f = form(a[0], "normalize");
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("normalize() argument 2 must be str, not " + a[1].typeName());
            return PyStr.of(normalize(f, s.value(), v320));
        });
        m.add("is_normalized", (a, kw) -> {
            ModuleSupport.positional("is_normalized", a, kw, 2, 2);
            String f = form(a[0], "is_normalized");
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("is_normalized() argument 2 must be str, not " + a[1].typeName());
            return PyBool.of(normalize(f, s.value(), v320).equals(s.value()));
        });
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
        functions((name, f) -> ModuleSupport.def(m, name, f), false);
        ModuleSupport.set(m, "ucd_3_2_0", UCD_3_2_0);
        return m;
    }
}
