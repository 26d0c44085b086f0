package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code __reduce__} and {@code __setstate__} of the built-in iterators, which pickle and
 * {@code copy.copy} use: {@code copy.copy(iter(lst))} is a second iterator over the same list at
 * the same position. Each iterator class answers {@link PyIter#reduce} and
 * {@link PyIter#setState}; this installs the two methods on the types whose CPython
 * counterparts have them.
 */
// CPython: Objects/listobject.c listiter_reduce, tupleobject.c tupleiter_reduce, rangeobject.c
// rangeiter_reduce, setobject.c setiter_reduce, dictobject.c dictiter_reduce, iterobject.c
// iter_reduce, calliter_reduce, enumobject.c enum_reduce, reversed_reduce, bltinmodule.c zip_reduce, map_reduce, filter_reduce
public final class IteratorReduce {
    private IteratorReduce() {}

    static void install() {
        PyType[] withState = {PyIter.LIST_ITERATOR, PyIter.LIST_REVERSEITERATOR, PyIter.TUPLE_ITERATOR, PyIter.STR_ITERATOR,
            PyIter.STR_ASCII_ITERATOR, PyIter.BYTES_ITERATOR, PyIter.RANGE_ITERATOR, PyIter.LONGRANGE_ITERATOR,
            PyIter.SEQ_ITERATOR, Iterators.REVERSED, Iterators.ZIP};
        PyType[] without = {PyIter.SET_ITERATOR, PyIter.DICT_KEYITERATOR, PyIter.DICT_VALUEITERATOR, PyIter.DICT_ITEMITERATOR,
            PyIter.DICT_REVERSEKEYITERATOR, PyIter.DICT_REVERSEVALUEITERATOR, PyIter.DICT_REVERSEITEMITERATOR,
            PyIter.CALLABLE_ITERATOR, Iterators.ENUMERATE, Iterators.MAP, Iterators.FILTER};
        for (PyType t : withState) {
            reduce(t);
            BuiltinTypes.put(t, "__setstate__", (args, kw) -> {
                Args.noKw("__setstate__", kw);
                Args.checkPositional("__setstate__", args.length - 1, 1, 1);
                ((PyIter) args[0]).setState(args[1]);
                return PyNone.NONE;
            });
        }
        for (PyType t : without) reduce(t);
    }

    private static void reduce(PyType t) {
        BuiltinTypes.put(t, "__reduce__", (args, kw) -> {
            Args.noKw("__reduce__", kw);
            Args.checkPositional("__reduce__", args.length - 1, 0, 0);
            PyObject r = ((PyIter) args[0]).reduce();
            if (r == null) throw Errors.typeError("cannot pickle '" + args[0].typeName() + "' object");
            return r;
        });
    }

    /** A builtin by name (iter, reversed), as CPython's _PyEval_GetBuiltin. */
    static PyObject builtin(String name) {
        return Interpreter.current().builtins.get(PyStr.of(name));
    }

    /** {@code (iter, (seq,), index)}. */
    static PyObject at(String callable, PyObject seq, long index) {
        return PyTuple.of(builtin(callable), PyTuple.of(seq), PyInt.of(index));
    }

    /** {@code (iter, (items,))}: an iterator over what is left, or an exhausted one's empty form. */
    static PyObject over(PyObject items) {
        return PyTuple.of(builtin("iter"), PyTuple.of(items));
    }

    static PyObject emptyList() {
        return new PyList(new java.util.ArrayList<>());
    }

    /** The index a sequence iterator's {@code __setstate__} gets (PyLong_AsSsize_t). */
    static long index(PyObject state) {
        if (!(state instanceof PyInt i)) {
            if (state.type().lookup("__index__") == null) throw Errors.typeError("an integer is required");
            state = Abstract.index(state);
        }
        return Abstract.asSsize(state, ExceptionTypes.OVERFLOW_ERROR);
    }

    /** A position clamped to [lo, hi]. */
    static int clamp(long v, long lo, long hi) {
        return (int) Math.max(lo, Math.min(hi, v));
    }
}
