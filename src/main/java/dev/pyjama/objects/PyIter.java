package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A built-in iterator (list_iterator, range_iterator, dict_keyiterator, enumerate, zip...):
 * {@link #next} gives the next value or null at the end; no StopIteration is made on the
 * fast path. The Python-level {@code __next__} and {@code __iter__} of every such type are
 * installed by the interpreter (see {@link #ITERATOR_TYPES}).
 */
// CPython: Objects/iterobject.c, listobject.c listiterobject, rangeobject.c, dictobject.c dictiterobject
public abstract class PyIter extends PyObject implements Derived {
    /** Every built-in iterator type, for the interpreter to give them __iter__ and __next__. */
    public static final java.util.List<PyType> ITERATOR_TYPES = new ArrayList<>();

    /** A built-in iterator type named {@code name}, which Python code may not subclass. */
    public static PyType iteratorType(String name) {
        PyType t = PyType.builtin(name, null);
        t.baseType = false;
        ITERATOR_TYPES.add(t);
        return t;
    }

    public static final PyType LIST_ITERATOR = iteratorType("list_iterator");
    public static final PyType LIST_REVERSEITERATOR = iteratorType("list_reverseiterator");
    public static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator");
    public static final PyType STR_ITERATOR = iteratorType("str_iterator");
    public static final PyType STR_ASCII_ITERATOR = iteratorType("str_ascii_iterator");
    public static final PyType BYTES_ITERATOR = iteratorType("bytes_iterator");
    public static final PyType RANGE_ITERATOR = iteratorType("range_iterator");
    public static final PyType LONGRANGE_ITERATOR = iteratorType("longrange_iterator");
    public static final PyType SET_ITERATOR = iteratorType("set_iterator");
    public static final PyType DICT_KEYITERATOR = iteratorType("dict_keyiterator");
    public static final PyType DICT_VALUEITERATOR = iteratorType("dict_valueiterator");
    public static final PyType DICT_ITEMITERATOR = iteratorType("dict_itemiterator");
    public static final PyType DICT_REVERSEKEYITERATOR = iteratorType("dict_reversekeyiterator");
    public static final PyType DICT_REVERSEVALUEITERATOR = iteratorType("dict_reversevalueiterator");
    public static final PyType DICT_REVERSEITEMITERATOR = iteratorType("dict_reverseitemiterator");
    public static final PyType SEQ_ITERATOR = iteratorType("iterator");
    public static final PyType CALLABLE_ITERATOR = iteratorType("callable_iterator");

    private PyType type;
    /** A Python subclass instance's {@code __dict__} ({@code class E(enumerate)}); null otherwise. */
    private PyDict dict;

    protected PyIter(PyType type) {
        this.type = type;
    }

    /**
     * Lets Python subclass {@code t}: an instance of the subclass is the built-in iterator with
     * its type changed (see {@link Derived#SELF_DERIVED}).
     */
    public static void subclassable(PyType t) {
        t.baseType = true;
        SELF_DERIVED.put(t, PyIter.class);
    }

    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public void setType(PyType t) { type = t; }

    /** The next value, or null when the iterator is exhausted. */
    public abstract PyObject next();

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        return "<" + type.name() + " object at 0x" + PyHash.addressHex(this) + ">";
    }

    /**
     * {@code __reduce__}, for pickle and copy: CPython's {@code *_reduce} of this iterator type
     * (interp/IteratorReduce installs it on the types that have one). Null: none.
     */
    public PyObject reduce() {
        return null;
    }

    /** {@code __setstate__} of the types whose CPython counterpart has one (the position); others ignore it. */
    public void setState(PyObject state) {}

    /** What {@code __length_hint__} says: the items left, or -1 when this iterator cannot tell. */
    public long lengthHint() {
        return -1;
    }
}
