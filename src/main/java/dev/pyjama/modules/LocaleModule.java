package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.Types;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code _locale}, minimal: the JVM cannot call the C library's setlocale, so the module keeps
 * the locale of each of glibc's categories itself, knows only the locales every Linux has
 * (C, POSIX, C.UTF-8) and answers localeconv/nl_langinfo/strcoll as they do (all the same
 * in those three). LC_CTYPE starts from the environment, as CPython's start-up sets it.
 */
// CPython: Modules/_localemodule.c
public final class LocaleModule {
    private LocaleModule() {}

    /** glibc's categories in its numbering (LC_ALL is 6), as a composite LC_ALL name lists them. */
    private static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
        "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int LC_ALL = 6;

    /** The current locale of each category (index LC_ALL unused). */
    private static final String[] current = new String[CATEGORIES.length];

    public static final PyType ERROR = errorClass();

    static {
        Arrays.fill(current, "C");
        String ctype = fromEnvironment(0);
        if (known(ctype) != null) current[0] = known(ctype);
    }

    // CPython: Modules/_localemodule.c _locale_exec (PyErr_NewException("locale.Error", NULL, NULL))
    private static PyType errorClass() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("locale"));
        return Types.newType(PyType.TYPE, "Error", PyTuple.of(ExceptionTypes.EXCEPTION), ns);
    }

    private static PyException error(String msg) {
        return new PyException(new PyBaseException(ERROR, PyTuple.of(PyStr.of(msg))));
    }

    /** The name setlocale returns for an installed locale, or null (POSIX is C). */
    private static String known(String name) {
        if (name.equals("C") || name.equals("POSIX")) return "C";
        String n = name.toLowerCase().replace("-", "");
        return n.equals("c.utf8") ? name : null;
    }

    /** setlocale(category, ""): LC_ALL, then the category's variable, then LANG, as glibc looks. */
    private static String fromEnvironment(int category) {
        Map<String, String> env = System.getenv();
        for (String var : new String[] {"LC_ALL", CATEGORIES[category], "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isEmpty()) return v;
        }
        return "C";
    }

    private static boolean utf8() {
        return !current[0].equals("C");
    }

    // CPython: Modules/_localemodule.c _locale_setlocale_impl
    private static PyObject setlocale(PyObject[] a) {
        int category = ModuleSupport.asInt(a[0]);
        if (category < 0 || category >= CATEGORIES.length) throw error(a.length > 1 && a[1] != PyNone.NONE
                ? "unsupported locale setting" : "locale query failed");
        if (a.length > 1 && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("setlocale() argument 2 must be str or None, not " + a[1].typeName());
            String[] names = new String[CATEGORIES.length];
            for (int c = 0; c < CATEGORIES.length; c++) {
                if (c == LC_ALL || (category != LC_ALL && c != category)) continue;
                String name = known(s.value().isEmpty() ? fromEnvironment(c) : s.value());
                if (name == null) throw error("unsupported locale setting");
                names[c] = name;
            }
            for (int c = 0; c < CATEGORIES.length; c++) if (names[c] != null) current[c] = names[c];
        }
        if (category != LC_ALL) return PyStr.of(current[category]);
        boolean same = true;
        for (int c = 1; c < CATEGORIES.length; c++) if (c != LC_ALL && !current[c].equals(current[0])) same = false;
        if (same) return PyStr.of(current[0]);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < CATEGORIES.length; c++) {
            if (c == LC_ALL) continue;
            if (sb.length() > 0) sb.append(';');
            sb.append(CATEGORIES[c]).append('=').append(current[c]);
        }
        return PyStr.of(sb.toString());
    }

    // CPython: Modules/_localemodule.c _locale_localeconv_impl (the C locale's values)
    private static PyObject localeconv() {
        PyDict d = new PyDict();
        for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) {
            d.put(PyStr.of(k), PyStr.of(""));
        }
        d.put(PyStr.of("mon_grouping"), new PyList(new ArrayList<>()));
        d.put(PyStr.of("positive_sign"), PyStr.of(""));
        d.put(PyStr.of("negative_sign"), PyStr.of(""));
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
            "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.put(PyStr.of(k), PyInt.of(127));
        }
        d.put(PyStr.of("decimal_point"), PyStr.of("."));
        d.put(PyStr.of("thousands_sep"), PyStr.of(""));
        d.put(PyStr.of("grouping"), new PyList(new ArrayList<>()));
        return d;
    }

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** nl_langinfo's items in the C locale: glibc's item number, name, value (null: computed). */
    private static final Object[][] LANGINFO = {
        {14, "CODESET", null}, {65536, "RADIXCHAR", "."}, {65537, "THOUSEP", ""}, {131110, "AM_STR", "AM"},
        {131111, "PM_STR", "PM"}, {131112, "D_T_FMT", "%a %b %e %H:%M:%S %Y"}, {131113, "D_FMT", "%m/%d/%y"},
        {131114, "T_FMT", "%H:%M:%S"}, {131115, "T_FMT_AMPM", "%I:%M:%S %p"}, {131116, "ERA", ""},
        {131118, "ERA_D_FMT", ""}, {131119, "ALT_DIGITS", ""}, {131120, "ERA_D_T_FMT", ""}, {131121, "ERA_T_FMT", ""},
        {131180, "_DATE_FMT", "%a %b %e %H:%M:%S %Z %Y"}, {262159, "CRNCYSTR", "-"}, {327680, "YESEXPR", "^[yY]"},
        {327681, "NOEXPR", "^[nN]"}};

    private static String langinfo(long item) {
        for (Object[] row : LANGINFO) {
            if ((Integer) row[0] == item) return row[2] != null ? (String) row[2] : utf8() ? "UTF-8" : "ANSI_X3.4-1968";
        }
        if (item >= 131072 && item < 131079) return DAYS[(int) item - 131072].substring(0, 3);
        if (item >= 131079 && item < 131086) return DAYS[(int) item - 131079];
        if (item >= 131086 && item < 131098) return MONTHS[(int) item - 131086].substring(0, 3);
        if (item >= 131098 && item < 131110) return MONTHS[(int) item - 131098];
        throw Errors.valueError("unsupported langinfo constant");
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_locale");
        ModuleSupport.set(m, "__doc__", PyStr.of("Support for POSIX locales."));
        ModuleSupport.def(m, "setlocale", (a, kw) -> {
            ModuleSupport.positional("setlocale", a, kw, 1, 2);
            return setlocale(a);
        });
        ModuleSupport.def(m, "localeconv", (a, kw) -> {
            ModuleSupport.noArgs("_locale.localeconv", a, kw);
            return localeconv();
        });
        ModuleSupport.def(m, "nl_langinfo", (a, kw) -> PyStr.of(langinfo(ModuleSupport.asInt(ModuleSupport.one("_locale.nl_langinfo", a, kw)))));
        ModuleSupport.def(m, "getencoding", (a, kw) -> {
            ModuleSupport.noArgs("_locale.getencoding", a, kw);
            return PyStr.of(utf8() ? "UTF-8" : "ANSI_X3.4-1968");
        });
        ModuleSupport.def(m, "strcoll", (a, kw) -> {
            ModuleSupport.positional("strcoll", a, kw, 2, 2);
            for (int i = 0; i < 2; i++) {
                if (!(a[i] instanceof PyStr)) {
                    throw Errors.typeError("strcoll() argument " + (i + 1) + " must be str, not " + a[i].typeName());
                }
            }
            int[] x = ((PyStr) a[0]).value().codePoints().toArray(), y = ((PyStr) a[1]).value().codePoints().toArray();
            return PyInt.of(Integer.signum(Arrays.compare(x, y)));
        });
        ModuleSupport.def(m, "strxfrm", (a, kw) -> {
            PyObject s = ModuleSupport.one("_locale.strxfrm", a, kw);
            if (!(s instanceof PyStr)) throw Errors.typeError("strxfrm() argument must be str, not " + s.typeName());
            return s;
        });
        // no message catalogues: every message is its own translation, as with an empty catalogue
        ModuleSupport.def(m, "gettext", (a, kw) -> ModuleSupport.one("_locale.gettext", a, kw));
        ModuleSupport.def(m, "dgettext", (a, kw) -> {
            ModuleSupport.positional("dgettext", a, kw, 2, 2);
            return a[1];
        });
        ModuleSupport.def(m, "dcgettext", (a, kw) -> {
            ModuleSupport.positional("dcgettext", a, kw, 3, 3);
            return a[1];
        });
        ModuleSupport.def(m, "textdomain", (a, kw) -> {
            PyObject d = ModuleSupport.one("_locale.textdomain", a, kw);
            return d == PyNone.NONE ? PyStr.of("messages") : d;
        });
        ModuleSupport.def(m, "bindtextdomain", (a, kw) -> {
            ModuleSupport.positional("bindtextdomain", a, kw, 2, 2);
            return a[1] == PyNone.NONE ? PyStr.of("/usr/share/locale") : a[1];
        });
        ModuleSupport.def(m, "bind_textdomain_codeset", (a, kw) -> {
            ModuleSupport.positional("bind_textdomain_codeset", a, kw, 2, 2);
            return a[1];
        });
        ModuleSupport.set(m, "Error", ERROR);
        for (int c = 0; c < 7; c++) ModuleSupport.set(m, CATEGORIES[c], c);
        ModuleSupport.set(m, "CHAR_MAX", 127);
        for (Object[] row : LANGINFO) ModuleSupport.set(m, (String) row[1], (Integer) row[0]);
        for (int i = 0; i < 7; i++) {
            ModuleSupport.set(m, "ABDAY_" + (i + 1), 131072 + i);
            ModuleSupport.set(m, "DAY_" + (i + 1), 131079 + i);
        }
        for (int i = 0; i < 12; i++) {
            ModuleSupport.set(m, "ABMON_" + (i + 1), 131086 + i);
            ModuleSupport.set(m, "MON_" + (i + 1), 131098 + i);
        }
        return m;
    }
}
