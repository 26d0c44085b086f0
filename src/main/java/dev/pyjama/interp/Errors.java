package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyType;

/** Makes the Python exceptions the runtime raises: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {}

    public static PyException raise(PyType type, String message) {
        return new PyException(PyBaseException.of(type, message));
    }

    public static PyException typeError(String message) {
        return raise(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return raise(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PyException nameError(String message) {
        return raise(ExceptionTypes.NAME_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException systemError(String message) {
        return raise(ExceptionTypes.SYSTEM_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }
}
