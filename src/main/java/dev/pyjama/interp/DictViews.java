package dev.pyjama.interp;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyDictView;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.SetTable;

/**
 * The set operations of dict key and item views: {@code - & | ^} (either operand may be the
 * view, as the number slots are called with the operands in their order) and isdisjoint.
 */
// CPython: Objects/dictobject.c dictviews_sub, _PyDictView_Intersect, dictviews_or, dictviews_xor,
// dictitems_xor, dictviews_isdisjoint
final class DictViews {
    private DictViews() {}

    private static boolean isSetView(PyObject o) {
        return o instanceof PyDictView v && v.kind != PyDictView.VALUES;
    }

    static PyObject setOp(int op, PyObject self, PyObject other) {
        switch (op) {
            case Abstract.NB_SUBTRACT: {
                PySet result = toSet(self);
                differenceUpdate(result.table, other);
                return result;
            }
            case Abstract.NB_AND:
                return intersect(self, other);
            case Abstract.NB_OR: {
                PySet result = toSet(self);
                SetMethods.update(result.table, other);
                return result;
            }
            default: {
                if (self instanceof PyDictView a && a.kind == PyDictView.ITEMS && other instanceof PyDictView b
                        && b.kind == PyDictView.ITEMS) {
                    return itemsXor(a.dict, b.dict);
                }
                PySet result = toSet(self);
                NativeOps.symmetricDifferenceUpdate(result.table, NativeOps.table(SetMethods.asSet(other)));
                return result;
            }
        }
    }

    /** {@code set(view)}: for the keys of an exact dict, the dict itself (PySet_New's fast path). */
    // CPython: Objects/dictobject.c dictviews_to_set
    private static PySet toSet(PyObject self) {
        PyObject left = self;
        if (self instanceof PyDictView v && v.kind == PyDictView.KEYS && v.dict.getClass() == PyDict.class) left = v.dict;
        return new PySet(SetMethods.tableOf(left));
    }

    // CPython: Objects/setobject.c set_difference_update_internal (other: any iterable)
    private static void differenceUpdate(SetTable t, PyObject other) {
        if (NativeOps.isAnySet(other)) {
            NativeOps.differenceUpdate(t, NativeOps.table(other));
            return;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) t.discard(x);
        t.resizeAwayDummies();
    }

    // CPython: Objects/dictobject.c _PyDictView_Intersect
    private static PyObject intersect(PyObject self, PyObject other) {
        if (!isSetView(self)) {
            PyObject tmp = other;
            other = self;
            self = tmp;
        }
        long lenSelf = ((PyDictView) self).dict.size();
        if (other.getClass() == PySet.class && lenSelf <= Abstract.len(other)) {
            // other.intersection(self): self is neither a set nor a dict, so it is iterated
            SetTable so = ((PySet) other).table;
            SetTable out = new SetTable();
            PyObject it = Abstract.iter(self);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (so.contains(x)) out.add(x);
            return new PySet(out);
        }
        if (isSetView(other) && ((PyDictView) other).dict.size() > lenSelf) {
            PyObject tmp = other;
            other = self;
            self = tmp;
        }
        SetTable out = new SetTable();
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.contains(self, x)) out.add(x);
        }
        return new PySet(out);
    }

    // CPython: Objects/dictobject.c dictitems_xor_lock_held
    private static PyObject itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = DictMethods.copy(d1);
        SetTable result = new SetTable();
        for (PyObject key : d2.keys()) {
            PyObject val2 = d2.get(key);
            PyObject val1 = temp.get(key);
            boolean toDelete = val1 != null && Abstract.richCompareBool(val1, val2, Abstract.EQ);
            if (toDelete) temp.remove(key);
            else result.add(PyTuple.of(key, val2));
        }
        for (PyObject key : temp.keys()) result.add(PyTuple.of(key, temp.get(key)));
        return new PySet(result);
    }

    // CPython: Objects/dictobject.c dictviews_isdisjoint
    static boolean isDisjoint(PyObject self, PyObject other) {
        if (self == other) return ((PyDictView) self).dict.size() == 0;
        if (NativeOps.isAnySet(other) || isSetView(other)) {
            long lenSelf = ((PyDictView) self).dict.size();
            long lenOther = Abstract.len(other);
            if (lenOther > lenSelf) {
                PyObject tmp = other;
                other = self;
                self = tmp;
            }
        }
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.contains(self, x)) return false;
        }
        return true;
    }

    /** A comparison of a key or item view with a set or another such view; null for NotImplemented. */
    // CPython: Objects/dictobject.c dictview_richcompare
    static PyObject richCompare(int op, PyObject self, PyObject other) {
        if (!isSetView(self) || (!NativeOps.isAnySet(other) && !isSetView(other))) return null;
        long lenSelf = ((PyDictView) self).dict.size();
        long lenOther = Abstract.len(other);
        boolean ok = false;
        switch (op) {
            case Abstract.NE:
            case Abstract.EQ:
                if (lenSelf == lenOther) ok = allContainedIn(self, other);
                if (op == Abstract.NE) ok = !ok;
                break;
            case Abstract.LT: if (lenSelf < lenOther) ok = allContainedIn(self, other); break;
            case Abstract.LE: if (lenSelf <= lenOther) ok = allContainedIn(self, other); break;
            case Abstract.GT: if (lenSelf > lenOther) ok = allContainedIn(other, self); break;
            default: if (lenSelf >= lenOther) ok = allContainedIn(other, self); break;
        }
        return dev.pyjama.objects.PyBool.of(ok);
    }

    // CPython: Objects/dictobject.c all_contained_in
    private static boolean allContainedIn(PyObject self, PyObject other) {
        PyObject it = Abstract.iter(self);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(other, x)) return false;
        }
        return true;
    }
}
