package dev.pyjama.objects;

/**
 * How the value layer reaches the interpreter for objects it cannot handle alone: a dict or
 * set key that is an instance of a Python class has its {@code __hash__} and {@code __eq__}
 * run by the interpreter, which installs itself here when it starts.
 */
public interface ObjectProtocol {
    /** {@code hash(o)} for an object the value layer does not know. */
    long hash(PyObject o);

    /** {@code a == b} (as a bool) for objects the value layer does not know. */
    boolean equal(PyObject a, PyObject b);

    /** Set by the interpreter; null while only the front end and compiler run. */
    final class Installed {
        private Installed() {}

        public static volatile ObjectProtocol current;
    }
}
