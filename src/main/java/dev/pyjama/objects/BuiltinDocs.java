package dev.pyjama.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython's docstrings and text signatures of built-in functions, types and methods
 * ({@code len.__doc__}, {@code str.split.__text_signature__}), which inspect.signature, help()
 * and pydoc read. They are data written by tools/gen_builtin_docs.py from CPython; the resource
 * is read when a program first asks (the holder class initialises then), never at start-up.
 * An object CPython has no counterpart for has neither (None).
 */
// CPython: Objects/typeobject.c _PyType_GetDocFromInternalDoc, _PyType_GetTextSignatureFromInternalDoc
public final class BuiltinDocs {
    private BuiltinDocs() {}

    /** The resource's records: key to {text signature, doc}, either null when CPython has None. */
    private static final class Table {
        static final Map<String, String[]> RECORDS = load();
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> map = new HashMap<>(4096);
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin-docs.txt")) {
            if (in == null) return map;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                int t1 = line.indexOf('\t'), t2 = line.indexOf('\t', t1 + 1);
                if (t1 < 0 || t2 < 0) continue;
                map.put(line.substring(0, t1), new String[] {unescape(line.substring(t1 + 1, t2)), unescape(line.substring(t2 + 1))});
            }
        } catch (IOException e) {
            // an unreadable resource leaves every builtin without documentation, as before
        }
        return map;
    }

    private static String unescape(String field) {
        if (!field.startsWith("=")) return null;
        if (field.indexOf('\\') < 0) return field.substring(1);
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 1; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char n = field.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The key of a built-in type: its module and qualified name. */
    public static String typeKey(PyType t) {
        String module = t.builtinModule != null ? t.builtinModule : "builtins";
        return module + "." + t.qualname;
    }

    /** The record of a built-in type, or null. */
    public static String[] ofType(PyType t) {
        if (t.heap && t.builtinModule == null) return null;
        return Table.RECORDS.get(typeKey(t));
    }

    /**
     * The record of a built-in function: a module's function by its module and name, a
     * method by the first type along its type's MRO whose record has that name (CPython may
     * inherit what pyjama defines on a subtype).
     */
    public static String[] of(PyBuiltinFunction b) {
        PyType owner = b.owner != null ? b.owner : b.staticOf;
        if (owner == null && b.self instanceof PyType t) owner = t;
        if (owner == null) {
            String module = "builtins";
            if (b.self instanceof PyModule m && m.dict.get(PyStr.of("__name__")) instanceof PyStr s) module = s.value();
            else if (b.self != null) return null;
            return Table.RECORDS.get(module + "." + b.name);
        }
        for (PyType t : owner.mro()) {
            if (t.heap && t.builtinModule == null) continue;
            String[] r = Table.RECORDS.get(typeKey(t) + "." + b.name);
            if (r != null) return r;
        }
        return null;
    }

    /** A record's {@code __doc__}. */
    public static PyObject doc(String[] record) {
        return record == null || record[1] == null ? PyNone.NONE : PyStr.of(record[1]);
    }

    /** A record's {@code __text_signature__}. */
    public static PyObject signature(String[] record) {
        return record == null || record[0] == null ? PyNone.NONE : PyStr.of(record[0]);
    }
}
