package dev.pyjama;

import dev.pyjama.interp.Abstract;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.util.Map;

/**
 * A Python value that has no Java counterpart under the conversion rules (a function, a class,
 * a module, an instance...), held for its interpreter. It can be called, its attributes read
 * and written, and it can be passed back into Python (only to the interpreter it came from).
 * Every operation runs on the interpreter's thread, like the interpreter's own methods, and
 * fails with {@link IllegalStateException} once the interpreter is closed. Two handles are
 * equal when they hold the same Python object.
 */
public final class PythonObject {
    final PythonInterpreter owner;
    final PyObject value;

    PythonObject(PythonInterpreter owner, PyObject value) {
        this.owner = owner;
        this.value = value;
    }

    /** Calls the object with positional arguments (converted to Python); returns the converted result. */
    public Object call(Object... args) {
        return owner.callObject(value, args, null);
    }

    /** Calls the object with positional and keyword arguments. */
    public Object callWithKeywords(Map<String, ?> kwargs, Object... args) {
        return owner.callObject(value, args, kwargs);
    }

    /** Calls the method {@code name} of the object. */
    public Object invoke(String name, Object... args) {
        return owner.run(() -> Values.toJava(owner, owner.callRaw(Abstract.getattr(value, PyStr.of(name)), args, null)));
    }

    /** {@code getattr(obj, name)}, converted to Java. */
    public Object getAttribute(String name) {
        return owner.run(() -> Values.toJava(owner, Abstract.getattr(value, PyStr.of(name))));
    }

    /** {@code setattr(obj, name, value)} with the value converted to Python. */
    public void setAttribute(String name, Object v) {
        owner.run(() -> {
            Abstract.setattr(value, PyStr.of(name), Values.toPython(owner, v));
            return null;
        });
    }

    /** The name of the object's Python type ({@code type(obj).__name__}). */
    public String typeName() {
        return value.typeName();
    }

    /** {@code repr(obj)}. */
    public String repr() {
        return owner.run(() -> Abstract.repr(value).value());
    }

    /** {@code str(obj)}; the Java type and identity when the interpreter is closed or str() fails. */
    @Override
    public String toString() {
        try {
            return owner.run(() -> Abstract.str(value).value());
        } catch (RuntimeException e) {
            return "<Python " + value.typeName() + " object>";
        }
    }

    /** Whether the object is an instance of the built-in exception type or class named {@code typeName} (e.g. "ValueError"). */
    boolean isInstanceOfBuiltin(String typeName) {
        dev.pyjama.objects.PyType t = ExceptionTypes.all().get(typeName);
        return t != null && value.type().isSubtype(t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PythonObject p && p.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
