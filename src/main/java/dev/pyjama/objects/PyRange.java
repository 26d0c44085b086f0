package dev.pyjama.objects;

/** {@code range(start, stop, step)}: ints of any size, as CPython keeps them. */
// CPython: Objects/rangeobject.c
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", null);

    static {
        TYPE.baseType = false;
    }

    public final PyInt start, stop, step;
    /** The number of values. */
    public final PyInt length;

    /** A range of exact ints; {@code step} is not zero. */
    public PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    public PyRange(long start, long stop, long step) {
        this(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    // CPython: Objects/rangeobject.c compute_range_length
    static PyInt computeLength(PyInt start, PyInt stop, PyInt step) {
        if (start.fitsLong() && stop.fitsLong() && step.fitsLong()) {
            long lo = start.longValue(), hi = stop.longValue(), st = step.longValue();
            if (st < 0) {
                long t = lo;
                lo = hi;
                hi = t;
            }
            if (lo >= hi) return PyInt.of(0);
            // hi - lo - 1 wraps to a negative long when the span is 2**63 or more
            long diff = hi - lo - 1;
            if (st != Long.MIN_VALUE && diff >= 0) {
                long q = diff / Math.abs(st);
                if (q < Long.MAX_VALUE) return PyInt.of(q + 1);
            }
        }
        PyInt lo = start, hi = stop, st = step;
        if (step.signum() < 0) {
            lo = stop;
            hi = start;
            st = IntMath.neg(step);
        }
        if (compare(lo, hi) >= 0) return PyInt.of(0);
        return IntMath.add(IntMath.floorDiv(IntMath.sub(IntMath.sub(hi, lo), PyInt.of(1)), st), PyInt.of(1));
    }

    /** {@code start + i * step}. */
    // CPython: Objects/rangeobject.c compute_item
    public PyInt item(PyInt i) {
        if (step.fitsLong() && step.longValue() == 1) return IntMath.add(start, i);
        return IntMath.add(start, IntMath.mul(i, step));
    }

    /** The i-th value. */
    public PyInt get(long i) {
        return item(PyInt.of(i));
    }

    /** Whether the length is 0. */
    public boolean isEmpty() {
        return length.signum() == 0;
    }

    /** -1, 0 or 1 as {@code a} is less than, equal to or greater than {@code b}. */
    public static int compare(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) return Long.compare(a.longValue(), b.longValue());
        return a.bigValue().compareTo(b.bigValue());
    }

    /** Whether the int {@code ob} is one of the values. */
    // CPython: Objects/rangeobject.c range_contains_long
    public boolean containsInt(PyInt ob) {
        boolean in = step.signum() > 0 ? compare(start, ob) <= 0 && compare(ob, stop) < 0
                : compare(stop, ob) < 0 && compare(ob, start) <= 0;
        return in && IntMath.mod(IntMath.sub(ob, start), step).signum() == 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // CPython: Objects/rangeobject.c range_repr
    @Override
    public String repr() {
        if (step.fitsLong() && step.longValue() == 1) return "range(" + start.repr() + ", " + stop.repr() + ")";
        return "range(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }
}
