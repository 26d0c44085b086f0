package dev.pyjama.objects;

/** {@code range(start, stop, step)} with bounds that fit in a long. */
// CPython: Objects/rangeobject.c
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", null);

    static {
        TYPE.baseType = false;
    }

    public final long start, stop, step;
    /** The number of values. */
    public final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    // CPython: Objects/rangeobject.c compute_range_length
    static long computeLength(long lo, long hi, long step) {
        if (step > 0) {
            if (lo >= hi) return 0;
            return Math.floorDiv(hi - 1 - lo, step) + 1;
        }
        if (lo <= hi) return 0;
        return Math.floorDiv(lo - 1 - hi, -step) + 1;
    }

    /** The i-th value, for {@code 0 <= i < length}. */
    public long get(long i) {
        return start + i * step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // CPython: Objects/rangeobject.c range_repr
    @Override
    public String repr() {
        if (step == 1) return "range(" + start + ", " + stop + ")";
        return "range(" + start + ", " + stop + ", " + step + ")";
    }
}
