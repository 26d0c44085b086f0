package dev.pyjama.modules.sre;

import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _sre.SRE_Template}: a replacement string compiled by {@code re._compile_template} into
 * literals and group numbers, [literal, group, literal, ..., group, literal].
 */
// CPython: Modules/_sre/sre.c TemplateObject, _sre_template_impl, expand_template
final class SreTemplate extends PyObject {
    static final PyType TYPE = PyType.builtin("_sre.SRE_Template", null);

    final PyObject literal;
    private final long[] index;
    /** The literal after each group; null where it is empty. */
    private final PyObject[] literals;

    private SreTemplate(PyObject literal, long[] index, PyObject[] literals) {
        this.literal = literal;
        this.index = index;
        this.literals = literals;
    }

    int size() {
        return index.length;
    }

    // CPython: Modules/_sre/sre.c _sre_template_impl
    static SreTemplate of(PyList template) {
        int n = template.items.size();
        if ((n & 1) == 0 || n < 1) throw Errors.typeError("invalid template");
        n /= 2;
        long[] index = new long[n];
        PyObject[] literals = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject g = template.items.get(2 * i + 1);
            long v = SreTypes.ssize(g, 0);
            if (v < 0) throw Errors.typeError("invalid template");
            index[i] = v;
            PyObject lit = template.items.get(2 * i + 2);
            boolean empty = (lit instanceof PyStr s && s.value().isEmpty()) || (lit instanceof PyBytes b && b.value.length == 0);
            literals[i] = empty ? null : lit;
        }
        return new SreTemplate(template.items.get(0), index, literals);
    }

    // CPython: Modules/_sre/sre.c expand_template
    PyObject expand(SreMatch match) {
        if (index.length == 0) return literal;
        List<PyObject> out = new ArrayList<>();
        out.add(literal);
        for (int i = 0; i < index.length; i++) {
            if (index[i] >= match.groups) throw Errors.raise(ExceptionTypes.INDEX_ERROR, "no such group");
            PyObject item = match.slice((int) index[i], PyNone.NONE);
            if (item != PyNone.NONE) out.add(item);
            if (literals[i] != null) out.add(literals[i]);
        }
        return SreModule.join(!(literal instanceof PyStr), out);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_sre.SRE_Template object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    static {
        TYPE.disallowInstantiation = true;
        TYPE.baseType = false;
    }
}
