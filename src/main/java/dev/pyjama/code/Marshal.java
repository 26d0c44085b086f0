package dev.pyjama.code;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;

/**
 * CPython 3.13's marshal format: {@link #loads} and {@link #dumps} behave as the
 * {@code marshal} module's functions do. Bad data raises the {@link PyException} CPython
 * raises (EOFError, ValueError, TypeError, SystemError, UnicodeDecodeError), never a Java
 * exception.
 */
// CPython: Python/marshal.c
public final class Marshal {
    private Marshal() {}

    /** {@code marshal.version} of CPython 3.13 (Py_MARSHAL_VERSION). */
    public static final int VERSION = 4;

    /** What marshal's TYPE_STOPITER stands for: the StopIteration class. */
    public static final PyObject STOP_ITERATION = new PyObject() {
        @Override
        public String repr() {
            return "<class 'StopIteration'>";
        }

        @Override
        public dev.pyjama.objects.PyType type() {
            return dev.pyjama.objects.PyType.TYPE;
        }
    };

    /** {@code marshal.loads(data)}: the first object in {@code data} (trailing bytes are ignored). */
    public static PyObject loads(byte[] data) {
        return loads(data, 0, data.length, true);
    }

    /** {@code marshal.loads(data[offset:offset+length], allow_code=allowCode)}. */
    public static PyObject loads(byte[] data, int offset, int length, boolean allowCode) {
        try {
            return new MarshalReader(data, offset, length, allowCode).readObject();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new PyException("MemoryError", "");
        }
    }

    /** {@code marshal.dumps(value)} at the current version. */
    public static byte[] dumps(PyObject value) {
        return dumps(value, VERSION);
    }

    /** {@code marshal.dumps(value, version)}. */
    public static byte[] dumps(PyObject value, int version) {
        MarshalWriter w = new MarshalWriter(version);
        try {
            w.writeTop(value, false);
        } catch (StackOverflowError e) {
            throw new PyException("ValueError", "object too deeply nested to marshal");
        }
        return w.toByteArray();
    }
}
