package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyRange;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/** range: construction, indexing, slicing, search and iteration with ints of any size. */
// CPython: Objects/rangeobject.c
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        PyType r = PyRange.TYPE;
        newMethod(r, (args, kw) -> {
            Args.noKw("range", kw);
            return rangeNew(args);
        });
        slot0(r, "__repr__", self -> PyStr.of(self.repr()));
        slot0(r, "__len__", self -> PyInt.of(len((PyRange) self)));
        slot0(r, "__bool__", self -> bool(!((PyRange) self).isEmpty()));
        slot0(r, "__iter__", self -> iter((PyRange) self));
        noargs(r, "__reversed__", self -> reversed((PyRange) self));
        slot1(r, "__getitem__", (self, k) -> subscript((PyRange) self, k));
        slot1(r, "__contains__", (self, x) -> bool(contains((PyRange) self, x)));
        slot0(r, "__hash__", self -> {
            // CPython: Objects/rangeobject.c range_hash
            PyRange rg = (PyRange) self;
            boolean one = rg.length.fitsLong() && rg.length.longValue() == 1;
            return PyInt.of(Abstract.hash(PyTuple.of(rg.length, rg.isEmpty() ? PyNone.NONE : rg.start,
                    rg.isEmpty() || one ? PyNone.NONE : rg.step)));
        });
        comparisons(r);
        noargs(r, "__reduce__", self -> {
            PyRange rg = (PyRange) self;
            return PyTuple.of(PyRange.TYPE, PyTuple.of(rg.start, rg.stop, rg.step));
        });
        getter(r, "start", self -> ((PyRange) self).start);
        getter(r, "stop", self -> ((PyRange) self).stop);
        getter(r, "step", self -> ((PyRange) self).step);
        onearg(r, "count", (self, x) -> count((PyRange) self, x));
        onearg(r, "index", (self, x) -> index((PyRange) self, x));
    }

    // CPython: Objects/rangeobject.c range_from_array, validate_step
    private static PyRange rangeNew(PyObject[] args) {
        int n = args.length - 1;
        if (n == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
        if (n > 3) throw Errors.typeError("range expected at most 3 arguments, got " + n);
        if (n == 1) return new PyRange(PyInt.of(0), indexOf(args[1]), PyInt.of(1));
        PyInt start = indexOf(args[1]), stop = indexOf(args[2]), step = PyInt.of(1);
        if (n == 3) {
            step = indexOf(args[3]);
            if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    /** PyNumber_Index: an exact int. */
    static PyInt indexOf(PyObject o) {
        return PyInt.exact(PyObjects.asInt(Abstract.index(o)));
    }

    /** {@code len(r)}: OverflowError when the length does not fit. */
    // CPython: Objects/rangeobject.c range_length
    static long len(PyRange r) {
        if (!r.length.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return r.length.longValue();
    }

    // CPython: Objects/rangeobject.c range_subscript, compute_range_item
    static PyObject subscript(PyRange r, PyObject item) {
        if (item instanceof PyInt || item instanceof PyBool || item.type().lookup("__index__") != null) {
            PyInt i = indexOf(item);
            if (i.signum() < 0) i = IntMath.add(i, r.length);
            if (i.signum() < 0 || PyRange.compare(i, r.length) >= 0) {
                throw Errors.raise(ExceptionTypes.INDEX_ERROR, "range object index out of range");
            }
            return r.item(i);
        }
        if (item instanceof PySlice s) {
            // CPython: Objects/rangeobject.c compute_slice
            PyInt[] ix = sliceIndices(s, r.length);
            return new PyRange(r.item(ix[0]), r.item(ix[1]), IntMath.mul(r.step, ix[2]));
        }
        throw Errors.typeError("range indices must be integers or slices, not " + item.typeName());
    }

    /** A slice's start, stop and step, clamped to a sequence of {@code length} items. */
    // CPython: Objects/sliceobject.c _PySlice_GetLongIndices
    static PyInt[] sliceIndices(PySlice s, PyInt length) {
        PyInt step = PyInt.of(1);
        if (s.step != PyNone.NONE) {
            step = sliceIndex(s.step);
            if (step.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        }
        boolean neg = step.signum() < 0;
        PyInt lower = PyInt.of(neg ? -1 : 0);
        PyInt upper = neg ? IntMath.add(length, lower) : length;
        PyInt start = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(sliceIndex(s.start), length, lower, upper);
        PyInt stop = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(sliceIndex(s.stop), length, lower, upper);
        return new PyInt[] {start, stop, step};
    }

    private static PyInt clamp(PyInt v, PyInt length, PyInt lower, PyInt upper) {
        if (v.signum() < 0) {
            v = IntMath.add(v, length);
            return PyRange.compare(v, lower) < 0 ? lower : v;
        }
        return PyRange.compare(v, upper) > 0 ? upper : v;
    }

    // CPython: Objects/sliceobject.c evaluate_slice_index
    private static PyInt sliceIndex(PyObject o) {
        if (o instanceof PyInt || o instanceof PyBool || o.type().lookup("__index__") != null) return indexOf(o);
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    private static boolean isExactInt(PyObject o) {
        return o.getClass() == PyInt.class || o instanceof PyBool;
    }

    // CPython: Objects/rangeobject.c range_contains
    static boolean contains(PyRange r, PyObject ob) {
        if (isExactInt(ob)) return r.containsInt(PyObjects.asInt(ob));
        PyObject it = iter(r);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (Abstract.equal(x, ob)) return true;
        return false;
    }

    // CPython: Objects/rangeobject.c range_count
    private static PyObject count(PyRange r, PyObject ob) {
        if (isExactInt(ob)) return PyInt.of(r.containsInt(PyObjects.asInt(ob)) ? 1 : 0);
        long n = 0;
        PyObject it = iter(r);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (Abstract.equal(x, ob)) n++;
        return PyInt.of(n);
    }

    // CPython: Objects/rangeobject.c range_index
    private static PyObject index(PyRange r, PyObject ob) {
        if (!isExactInt(ob)) {
            long i = 0;
            PyObject it = iter(r);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) if (Abstract.equal(x, ob)) return PyInt.of(i);
            throw Errors.valueError("sequence.index(x): x not in sequence");
        }
        PyInt v = PyObjects.asInt(ob);
        if (r.containsInt(v)) return IntMath.floorDiv(IntMath.sub(v, r.start), r.step);
        throw Errors.valueError(Abstract.repr(ob).value() + " is not in range");
    }

    /** Whether two ranges hold the same values. */
    // CPython: Objects/rangeobject.c range_equals
    static boolean equal(PyRange a, PyRange b) {
        if (a == b) return true;
        if (PyRange.compare(a.length, b.length) != 0) return false;
        if (a.isEmpty()) return true;
        if (PyRange.compare(a.start, b.start) != 0) return false;
        if (a.length.fitsLong() && a.length.longValue() == 1) return true;
        return PyRange.compare(a.step, b.step) == 0;
    }

    // CPython: Objects/rangeobject.c range_iter
    static PyObject iter(PyRange r) {
        if (r.start.fitsLong() && r.stop.fitsLong() && r.step.fitsLong() && r.length.fitsLong()) {
            long start = r.start.longValue(), stop = r.stop.longValue(), step = r.step.longValue();
            long len = r.length.longValue();
            // start + len * step must not overflow
            boolean ok = len == 0 || (step > 0 ? stop <= Long.MAX_VALUE - (step - 1) : stop >= Long.MIN_VALUE + (-1 - step));
            if (ok) return new Iterators.RangeIter(start, step, len);
        }
        return new LongRangeIter(r.start, r.step, r.length);
    }

    // CPython: Objects/rangeobject.c range_reverse
    static PyObject reversed(PyRange r) {
        if (r.start.fitsLong() && r.stop.fitsLong() && r.step.fitsLong() && r.length.fitsLong()) {
            long start = r.start.longValue(), step = r.step.longValue();
            // -step and start - step must fit
            boolean ok = step != Long.MIN_VALUE
                    && (step > 0 ? Long.compareUnsigned(start - Long.MIN_VALUE, step) >= 0
                            : Long.compareUnsigned(Long.MAX_VALUE - start, -step) >= 0);
            if (ok) {
                long len = r.length.longValue(), newStop = start - step;
                return new Iterators.RangeIter(newStop + len * step, -step, len);
            }
        }
        PyInt last = r.item(IntMath.sub(r.length, PyInt.of(1)));
        return new LongRangeIter(last, IntMath.neg(r.step), r.length);
    }

    /** The iterator of a range whose values or length do not fit in a long. */
    // CPython: Objects/rangeobject.c longrangeiter_next
    static final class LongRangeIter extends PyIter {
        private final PyInt start, step, len;
        private PyInt index = PyInt.of(0);

        LongRangeIter(PyInt start, PyInt step, PyInt len) {
            super(PyIter.LONGRANGE_ITERATOR);
            this.start = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyObject next() {
            if (PyRange.compare(index, len) >= 0) return null;
            PyInt v = IntMath.add(start, IntMath.mul(index, step));
            index = IntMath.add(index, PyInt.of(1));
            return v;
        }

        // CPython: Objects/rangeobject.c longrangeiter_reduce (a range of what is left), longrangeiter_setstate
        @Override
        public PyObject reduce() {
            PyInt left = PyRange.compare(index, len) >= 0 ? PyInt.of(0) : IntMath.sub(len, index);
            PyInt cur = IntMath.add(start, IntMath.mul(index, step));
            PyRange r = new PyRange(cur, IntMath.add(cur, IntMath.mul(left, step)), step);
            return PyTuple.of(IteratorReduce.builtin("iter"), PyTuple.of(r), PyNone.NONE);
        }

        @Override
        public void setState(PyObject state) {
            PyInt i = (PyInt) Abstract.index(state);
            PyInt left = PyRange.compare(index, len) >= 0 ? PyInt.of(0) : IntMath.sub(len, index);
            if (PyRange.compare(i, PyInt.of(0)) < 0) i = PyInt.of(0);
            if (PyRange.compare(i, left) > 0) i = left;
            index = IntMath.add(index, i);
        }
    }
}
