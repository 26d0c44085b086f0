package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * The objects that export a buffer, read as bytes: pyjama has no buffer protocol, so the
 * Java modules that take "bytes-like objects" accept bytes, bytearray and array.array.
 */
// CPython: Objects/abstract.c PyObject_GetBuffer (for the types pyjama has)
public final class Buffers {
    private Buffers() {}

    /** The bytes of {@code o}, or null if it exports no buffer. The result may be shared: don't write to it. */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return java.util.Arrays.copyOf(b.buf, b.size);
        if (o instanceof ArrayModule.Array a) return a.toBytes();
        if (o instanceof MemoryView m) return m.toBytes();
        return null;
    }

    /** Like hashlib's GET_BUFFER_VIEW_OR_ERROUT: str and non-buffers rejected with its messages. */
    // CPython: Modules/hashlib.h GET_BUFFER_VIEW_OR_ERROUT
    public static byte[] forHashing(PyObject o) {
        if (o instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
        byte[] b = bytesOrNull(o);
        if (b == null) throw Errors.typeError("object supporting the buffer API required");
        return b;
    }

    /** A "y*" argument: "a bytes-like object is required, not 'str'". */
    // CPython: Python/getargs.c converterr for y*
    public static byte[] bytesLike(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + o.typeName() + "'");
        return b;
    }
}
