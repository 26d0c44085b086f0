package dev.pyjama;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversion rules between Java and Python values (documented on {@link PythonInterpreter}).
 * Both directions keep the identity of shared containers and so survive cycles
 * ({@code l = []; l.append(l)} becomes a list that contains itself).
 */
final class Values {
    private Values() {}

    // ---- Java to Python

    static PyObject toPython(PythonInterpreter owner, Object v) {
        return toPython(owner, v, new IdentityHashMap<>());
    }

    private static PyObject toPython(PythonInterpreter owner, Object v, IdentityHashMap<Object, PyObject> seen) {
        if (v == null) return PyNone.NONE;
        if (v instanceof PythonObject p) {
            if (p.owner != owner) {
                throw new IllegalArgumentException("a Python object of another interpreter cannot be passed here: " + p.typeName());
            }
            return p.value;
        }
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return PyInt.of(((Number) v).longValue());
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Double || v instanceof Float) return PyFloat.of(((Number) v).doubleValue());
        if (v instanceof CharSequence || v instanceof Character) return PyStr.of(v.toString());
        if (v instanceof byte[] b) return new PyBytes(b.clone());
        if (v instanceof JavaCallable f) return function(owner, f);
        PyObject done = seen.get(v);
        if (done != null) return done;
        if (v instanceof List<?> l) {
            PyList list = new PyList(new ArrayList<>(l.size()));
            seen.put(v, list);
            for (Object item : l) list.items.add(toPython(owner, item, seen));
            return list;
        }
        if (v instanceof Map<?, ?> m) {
            PyDict dict = new PyDict();
            seen.put(v, dict);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                PyObject key = toPython(owner, e.getKey(), seen);
                Abstract.setitem(dict, key, toPython(owner, e.getValue(), seen));
            }
            return dict;
        }
        if (v instanceof Set<?> s) {
            List<PyObject> items = new ArrayList<>(s.size());
            for (Object item : s) items.add(toPython(owner, item, seen));
            return new PySet(items);
        }
        if (v instanceof Object[] a) {
            PyObject[] items = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) items[i] = toPython(owner, a[i], seen);
            return PyTuple.of(items);
        }
        throw new IllegalArgumentException("cannot convert a " + v.getClass().getName()
                + " to a Python value (supported: null, Boolean, Integer/Long/Short/Byte, BigInteger, Double/Float,"
                + " String/Character, byte[], List, Map, Set, Object[], JavaCallable, PythonObject)");
    }

    /** A Java function as a Python built-in function: arguments and result converted by these rules. */
    private static PyObject function(PythonInterpreter owner, JavaCallable f) {
        return new PyBuiltinFunction(f.getClass().getSimpleName(), null, null, (args, kwnames) -> {
            if (kwnames != null && kwnames.items.length > 0) {
                throw new PyException("TypeError", "a Java function takes no keyword arguments");
            }
            Object[] javaArgs = new Object[args.length];
            for (int i = 0; i < args.length; i++) javaArgs[i] = toJava(owner, args[i]);
            Object result;
            try {
                result = f.call(javaArgs);
            } catch (PythonException e) {
                if (e.getPythonValue() != null && e.getPythonValue().owner == owner) {
                    throw new PyException((dev.pyjama.objects.PyBaseException) e.getPythonValue().value);
                }
                throw new PyException("RuntimeError", e.getMessage());
            } catch (RuntimeException e) {
                throw new PyException("RuntimeError", e.toString());
            } catch (Exception e) {
                throw new PyException("RuntimeError", e.toString());
            }
            try {
                return toPython(owner, result);
            } catch (IllegalArgumentException e) {
                throw new PyException("TypeError", e.getMessage());
            }
        });
    }

    // ---- Python to Java

    static Object toJava(PythonInterpreter owner, PyObject v) {
        return toJava(owner, v, new IdentityHashMap<>());
    }

    private static Object toJava(PythonInterpreter owner, PyObject v, IdentityHashMap<PyObject, Object> seen) {
        if (v == null || v == PyNone.NONE) return null;
        if (v instanceof PyBool b) return b.value;
        if (v instanceof PyInt i) return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
        if (v instanceof PyFloat f) return f.value;
        if (v instanceof PyStr s) return s.value();
        if (v instanceof PyBytes b) return b.value.clone();
        Object done = seen.get(v);
        if (done != null) return done;
        if (v instanceof PyList l) {
            List<Object> list = new ArrayList<>(l.items.size());
            seen.put(v, list);
            for (PyObject item : l.items) list.add(toJava(owner, item, seen));
            return list;
        }
        if (v instanceof PyTuple t) {
            List<Object> list = new ArrayList<>(t.items.length);
            for (PyObject item : t.items) list.add(toJava(owner, item, seen));
            return Collections.unmodifiableList(list);
        }
        if (v instanceof PyDict d) {
            Map<Object, Object> map = new LinkedHashMap<>();
            seen.put(v, map);
            for (var it = d.entries(); it.hasNext(); ) {
                var e = it.next();
                map.put(toJava(owner, e.getKey(), seen), toJava(owner, e.getValue(), seen));
            }
            return map;
        }
        if (v instanceof PySet s) return toSet(owner, s.toArray(), seen, true);
        if (v instanceof PyFrozenSet s) return toSet(owner, s.items(), seen, false);
        return new PythonObject(owner, v);
    }

    private static Set<Object> toSet(PythonInterpreter owner, PyObject[] items, IdentityHashMap<PyObject, Object> seen, boolean mutable) {
        Set<Object> set = new LinkedHashSet<>();
        for (PyObject item : items) set.add(toJava(owner, item, seen));
        return mutable ? set : Collections.unmodifiableSet(set);
    }

    /** {@link #toJava} checked against the type the caller asks for (boxed types widen: an int asked as Integer, Double, BigInteger). */
    static <T> T as(PythonInterpreter owner, PyObject v, Class<T> type) {
        Object j = toJava(owner, v);
        if (j == null) {
            if (type.isPrimitive()) throw new ClassCastException("Python None cannot be a Java " + type.getName());
            return null;
        }
        Class<?> boxed = box(type);
        if (boxed.isInstance(j)) return cast(boxed, j);
        if (j instanceof Long l) {
            if (boxed == Integer.class && l == l.intValue()) return cast(boxed, l.intValue());
            if (boxed == BigInteger.class) return cast(boxed, BigInteger.valueOf(l));
            if (boxed == Double.class) return cast(boxed, l.doubleValue());
        }
        if (j instanceof BigInteger b && boxed == Double.class) return cast(boxed, b.doubleValue());
        if (type == Collection.class && j instanceof Collection) return cast(type, j);
        throw new ClassCastException("Python " + v.typeName() + " cannot be a Java " + type.getName()
                + " (it converts to " + j.getClass().getName() + ")");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Class<?> type, Object o) {
        return (T) o;
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) return t;
        if (t == int.class) return Integer.class;
        if (t == long.class) return Long.class;
        if (t == double.class) return Double.class;
        if (t == boolean.class) return Boolean.class;
        return t;
    }

    /** A Python exception as the API's exception (on the interpreter thread: it formats the traceback). */
    static PythonException exception(PythonInterpreter owner, PyException e) {
        dev.pyjama.objects.PyBaseException exc = e.value();
        String type, message, traceback;
        try {
            type = typeName(exc.type());
        } catch (RuntimeException x) {
            type = e.pyType();
        }
        try {
            message = Abstract.str(exc).value();
        } catch (RuntimeException x) {
            message = "<exception str() failed>";
        }
        try {
            traceback = dev.pyjama.interp.TracebackPrinter.format(exc);
        } catch (RuntimeException x) {
            traceback = e.formatExceptionOnly();
        }
        return new PythonException(type, message, traceback, new PythonObject(owner, exc));
    }

    // CPython: Lib/traceback.py TracebackException.format_exception_only (module-qualified outside builtins and __main__)
    private static String typeName(dev.pyjama.objects.PyType t) {
        PyObject module = !t.heap && t.builtinModule != null ? PyStr.of(t.builtinModule) : t.dict.get("__module__");
        if (module instanceof PyStr m && !m.value().equals("builtins") && !m.value().equals("__main__")) {
            return m.value() + "." + t.qualname;
        }
        return t.qualname;
    }

    static Interpreter interp(PythonInterpreter owner) {
        return owner.runtime();
    }
}
