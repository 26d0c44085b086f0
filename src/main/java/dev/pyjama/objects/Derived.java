package dev.pyjama.objects;

/**
 * Instances of Python subclasses of built-in value types ({@code class MyInt(int)}): Java
 * subclasses of the value classes that carry the heap type and a {@code __dict__}. The
 * value classes' own instances are always of the exact built-in type, so the fast paths in
 * {@code interp.Abstract} test {@code o.getClass() == PyInt.class} and a subclass instance
 * takes the generic path, where the class's dunders win over the base's.
 */
// CPython: Objects/typeobject.c subtype_new via tp_alloc of the base (the value stays the base's layout)
public interface Derived {
    /** The instance's {@code __dict__}, or null when its class has none (__slots__). */
    PyDict dict();

    void setDict(PyDict d);

    /** {@code self.__class__ = t} (the caller checks layouts). */
    void setType(PyType t);

    /**
     * Built-in types of the Java modules whose instances' Java class implements Derived itself
     * (weakref.ref): a subclass instance is the base's object with its type changed.
     */
    java.util.Map<PyType, Class<?>> SELF_DERIVED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The Java class of the instances of a Python subclass of {@code base}, or null if pyjama has none. */
    static Class<?> layoutOf(PyType base) {
        Class<?> own = SELF_DERIVED.get(base);
        if (own != null) return own;
        if (base == PyInt.TYPE) return PyInt.class;
        if (base == PyStr.TYPE) return PyStr.class;
        if (base == PyFloat.TYPE) return PyFloat.class;
        if (base == PyBytes.TYPE) return PyBytes.class;
        if (base == PyComplex.TYPE) return PyComplex.class;
        if (base == PyByteArray.TYPE) return PyByteArray.class;
        if (base == PyModule.TYPE) return PyModule.class;
        if (base == PyTuple.TYPE) return PyTuple.class;
        if (base == PyList.TYPE) return PyList.class;
        if (base == PyDict.TYPE) return PyDict.class;
        if (base == PySet.TYPE) return PySet.class;
        if (base == PyFrozenSet.TYPE) return PyFrozenSet.class;
        if (base == PyClassMethod.TYPE) return PyClassMethod.class;
        if (base == PyStaticMethod.TYPE) return PyStaticMethod.class;
        if (base == PyProperty.TYPE) return PyProperty.class;
        return null;
    }

    /**
     * {@code base.__new__(cls, ...)}: the base value {@code v} made by the built-in
     * {@code __new__} becomes an instance of the heap class {@code cls}; other values are returned as they are.
     */
    static PyObject wrap(PyObject v, PyType cls) {
        PyDict d = cls.instanceDict ? new PyDict() : null;
        if (v instanceof Derived x && SELF_DERIVED.containsKey(v.type())) {
            x.setType(cls);
            x.setDict(d);
            return v;
        }
        Class<?> k = v.getClass();
        if (k == PyInt.class) return new Int(cls, d, (PyInt) v);
        if (k == PyStr.class) return new Str(cls, d, (PyStr) v);
        if (k == PyFloat.class) return new Float(cls, d, ((PyFloat) v).value);
        if (k == PyBytes.class) return new Bytes(cls, d, ((PyBytes) v).value);
        if (k == PyComplex.class) return new Complex(cls, d, (PyComplex) v);
        if (k == PyModule.class) {
            // the module's namespace is its instance dict
            ((PyModule) v).setType(cls);
            return v;
        }
        if (k == PyByteArray.class) return new ByteArray(cls, d, ((PyByteArray) v).toBytes());
        if (k == PyTuple.class) return new Tuple(cls, d, ((PyTuple) v).items);
        if (k == PyList.class) return new List(cls, d, ((PyList) v).items);
        if (k == PyDict.class) return new Dict(cls, d);
        if (k == PySet.class) return new Set(cls, d, ((PySet) v).table);
        if (k == PyFrozenSet.class) return new FrozenSet(cls, d, ((PyFrozenSet) v).table);
        if (k == PyClassMethod.class) return new ClassMethod(cls, d == null ? new PyDict() : d, ((PyClassMethod) v).callable);
        if (k == PyStaticMethod.class) return new StaticMethod(cls, d == null ? new PyDict() : d, ((PyStaticMethod) v).callable);
        if (k == PyProperty.class) return new Property(cls, d);
        return v;
    }

    final class Int extends PyInt implements Derived {
        private PyType type;
        private PyDict dict;

        Int(PyType type, PyDict dict, PyInt v) {
            super(v);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Str extends PyStr implements Derived {
        private PyType type;
        private PyDict dict;

        Str(PyType type, PyDict dict, PyStr v) {
            super(v);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Float extends PyFloat implements Derived {
        private PyType type;
        private PyDict dict;

        Float(PyType type, PyDict dict, double v) {
            super(v);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Bytes extends PyBytes implements Derived {
        private PyType type;
        private PyDict dict;

        Bytes(PyType type, PyDict dict, byte[] v) {
            super(v);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Complex extends PyComplex implements Derived {
        private PyType type;
        private PyDict dict;

        Complex(PyType type, PyDict dict, PyComplex v) {
            super(v.real, v.imag);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class ByteArray extends PyByteArray implements Derived {
        private PyType type;
        private PyDict dict;

        ByteArray(PyType type, PyDict dict, byte[] v) {
            super(v);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Tuple extends PyTuple implements Derived {
        private PyType type;
        private PyDict dict;

        Tuple(PyType type, PyDict dict, PyObject[] items) {
            super(items);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class List extends PyList implements Derived {
        private PyType type;
        private PyDict dict;

        List(PyType type, PyDict dict, java.util.List<PyObject> items) {
            super(items);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Dict extends PyDict implements Derived {
        private PyType type;
        private PyDict dict;

        Dict(PyType type, PyDict dict) {
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Set extends PySet implements Derived {
        private PyType type;
        private PyDict dict;

        Set(PyType type, PyDict dict, SetTable table) {
            super(table);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class FrozenSet extends PyFrozenSet implements Derived {
        private PyType type;
        private PyDict dict;

        FrozenSet(PyType type, PyDict dict, SetTable table) {
            super(table);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    /** abc.abstractclassmethod and other subclasses of classmethod (their dict is the classmethod's own). */
    final class ClassMethod extends PyClassMethod implements Derived {
        private PyType type;

        ClassMethod(PyType type, PyDict dict, PyObject callable) {
            super(callable);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class StaticMethod extends PyStaticMethod implements Derived {
        private PyType type;

        StaticMethod(PyType type, PyDict dict, PyObject callable) {
            super(callable);
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }

    final class Property extends PyProperty implements Derived {
        private PyType type;
        private PyDict dict;

        Property(PyType type, PyDict dict) {
            this.type = type;
            this.dict = dict;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }
    }
}
