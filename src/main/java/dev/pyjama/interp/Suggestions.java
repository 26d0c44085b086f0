package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTraceback;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** "Did you mean ...?": the closest name by CPython's weighted Levenshtein distance, if close enough. */
// CPython: Python/suggestions.c _Py_CalculateSuggestions (and Lib/traceback.py _compute_suggestion_error)
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The best suggestion for {@code name} among {@code candidates}, or null. */
    public static String compute(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long suggestionDistance = Long.MAX_VALUE;
        String suggestion = null;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            long maxDistance = (long) (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            long d = distance(nameBytes, itemBytes, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    /** The name to suggest for a NameError or AttributeError about {@code wrong}, or null. */
    // CPython: Lib/traceback.py _compute_suggestion_error
    static String forException(PyBaseException e, String wrong) {
        List<String> d = new ArrayList<>();
        PyFrame f = lastFrame(e);
        if (e.type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) {
            PyObject obj = e.dict.get("obj");
            if (obj == null) obj = PyNone.NONE;
            try {
                PyObject dir = obj.type().lookup("__dir__");
                PyObject r = dir == null ? ObjectMethods.dir(obj) : Abstract.callMethod(dir, obj);
                PyList l = new PyList(new ArrayList<>());
                for (PyObject x : Abstract.toList(r)) if (x instanceof PyStr) l.items.add(x);
                ListMethods.sort(l, null, false);
                boolean hideUnderscored = !wrong.startsWith("_");
                if (hideUnderscored && f != null && frameLocal(f, "self") == obj) hideUnderscored = false;
                for (PyObject x : l.items) {
                    String n = ((PyStr) x).value();
                    if (!hideUnderscored || !n.startsWith("_")) d.add(n);
                }
            } catch (PyException x) {
                return null;
            }
        } else if (e.type().isSubtype(ExceptionTypes.NAME_ERROR)) {
            if (f == null) return null;
            if (f.locals instanceof PyDict ld) {
                for (PyObject k : ld.keys()) if (k instanceof PyStr s) d.add(s.value());
            } else if (f.locals == null) {
                for (int i = 0; i < f.stackBase(); i++) {
                    PyObject v = f.localsplus[i];
                    if (v instanceof PyCell c) v = c.ref;
                    if (v != null) d.add(f.code.localsplusnames[i]);
                }
            }
            for (PyObject k : f.globals.keys()) if (k instanceof PyStr s) d.add(s.value());
            for (PyObject k : f.builtins.keys()) if (k instanceof PyStr s) d.add(s.value());
            PyObject self = frameLocal(f, "self");
            if (self != null) {
                try {
                    if (Abstract.lookupAttr(self, PyStr.of(wrong)) != null) return "self." + wrong;
                } catch (PyException x) {
                    // hasattr failed: no suggestion from self
                }
            }
        } else {
            return null;
        }
        return compute(d, wrong);
    }

    private static PyFrame lastFrame(PyBaseException e) {
        if (!(e.traceback instanceof PyTraceback tb)) return null;
        while (tb.next != null) tb = tb.next;
        return tb.frame;
    }

    /** {@code frame.f_locals.get(name)}, null when unbound. */
    private static PyObject frameLocal(PyFrame f, String name) {
        if (f.locals instanceof PyDict ld) return ld.get(PyStr.of(name));
        if (f.locals != null) return null;
        for (int i = 0; i < f.stackBase(); i++) {
            if (f.code.localsplusnames[i].equals(name)) {
                PyObject v = f.localsplus[i];
                return v instanceof PyCell c ? c.ref : v;
            }
        }
        return null;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    // CPython: Python/suggestions.c levenshtein_distance
    static long distance(byte[] a0, byte[] b0, long maxCost) {
        int aStart = 0, aSize = a0.length, bStart = 0, bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            aSize--;
            bStart++;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) return (long) (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = a0, b = b0;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long distance = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                long substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
