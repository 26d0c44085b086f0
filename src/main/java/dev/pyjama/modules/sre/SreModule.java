package dev.pyjama.modules.sre;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.JavaModules;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The {@code _sre} module: CPython's regular-expression engine, on which CPython's own pure-Python
 * {@code re} package (its parser and compiler) runs unchanged. {@code compile} takes the code
 * words {@code re._compiler} produced; the engine in {@link SreMatcher} executes them.
 */
// CPython: Modules/_sre/sre.c (sremodule, _sre_compile_impl, _sre_template_impl, compile_template)
public final class SreModule {
    private final PyModule builtins;
    private PyObject compileTemplateFunction;

    private SreModule(Interpreter interp) {
        this.builtins = interp.builtinsModule;
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(PyObject[] a);
    }

    private static void def(PyModule m, String name, String[] names, int required, boolean posonly, Body body) {
        m.dict.put(PyStr.of(name), new PyBuiltinFunction(name, null, m, (args, kw) -> {
            if (posonly) {
                // METH_NOARGS and METH_O name the function with its module; clinic's positional check does not
                if (kw != null && kw.items.length > 0) throw Errors.typeError("_sre." + name + "() takes no keyword arguments");
                int n = args.length;
                if (n != names.length) {
                    if (names.length == 0) throw Errors.typeError("_sre." + name + "() takes no arguments (" + n + " given)");
                    throw Errors.typeError(names.length == 1
                            ? "_sre." + name + "() takes exactly one argument (" + n + " given)"
                            : name + " expected " + names.length + " arguments, got " + n);
                }
                return body.call(args);
            }
            return body.call(Args.parse(name, args, 0, kw, names, required, names.length));
        }));
    }

    /** Makes the module for one interpreter. */
    public static PyModule create(Interpreter interp) {
        SreModule sre = new SreModule(interp);
        PyModule m = JavaModules.newModule("_sre");
        m.dict.put(PyStr.of("__package__"), PyStr.of(""));
        m.dict.put(PyStr.of("MAGIC"), PyInt.of(SreConstants.MAGIC));
        m.dict.put(PyStr.of("CODESIZE"), PyInt.of(SreConstants.CODESIZE));
        m.dict.put(PyStr.of("MAXREPEAT"), PyInt.of(SreConstants.MAXREPEAT));
        m.dict.put(PyStr.of("MAXGROUPS"), PyInt.of(SreConstants.MAXGROUPS));
        m.dict.put(PyStr.of("copyright"), PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        def(m, "getcodesize", new String[0], 0, true, a -> PyInt.of(SreConstants.CODESIZE));
        // CPython: Modules/_sre/sre.c _sre_ascii_iscased_impl and its three siblings
        def(m, "ascii_iscased", new String[] {"character"}, 1, true, a -> {
            long ch = SreTypes.cInt(a[0]) & 0xFFFFFFFFL;
            return PyBool.of(ch < 128 && Character.isLetter((int) ch));
        });
        def(m, "unicode_iscased", new String[] {"character"}, 1, true, a -> {
            int ch = SreTypes.cInt(a[0]);
            return PyBool.of(ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch));
        });
        def(m, "ascii_tolower", new String[] {"character"}, 1, true, a -> PyInt.of(SreChars.lowerAscii(SreTypes.cInt(a[0]))));
        def(m, "unicode_tolower", new String[] {"character"}, 1, true,
                a -> PyInt.of(SreChars.lowerUnicode(SreTypes.cInt(a[0]))));
        def(m, "compile", new String[] {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, false,
                a -> sre.compile(a[0], a[1], a[2], a[3], a[4], a[5]));
        def(m, "template", new String[] {"pattern", "template"}, 2, true, a -> {
            if (!(a[1] instanceof PyList l)) throw Errors.typeError("template() argument 2 must be list, not " + a[1].typeName());
            return SreTemplate.of(l);
        });
        return m;
    }

    // CPython: Modules/_sre/sre.c _sre_compile_impl
    private PyObject compile(PyObject pattern, PyObject flagsArg, PyObject codeArg, PyObject groupsArg, PyObject groupindexArg,
            PyObject indexgroupArg) {
        int flags = SreTypes.cInt(flagsArg);
        if (!(codeArg instanceof PyList codeList)) {
            throw Errors.typeError("compile() argument 'code' must be list, not " + codeArg.typeName());
        }
        long groups = SreTypes.ssize(groupsArg, 0);
        if (!(groupindexArg instanceof PyDict groupindex)) {
            throw Errors.typeError("compile() argument 'groupindex' must be dict, not " + groupindexArg.typeName());
        }
        if (!(indexgroupArg instanceof PyTuple indexgroup)) {
            throw Errors.typeError("compile() argument 'indexgroup' must be tuple, not " + indexgroupArg.typeName());
        }
        int[] code = new int[codeList.items.size()];
        for (int i = 0; i < code.length; i++) {
            PyObject o = codeList.items.get(i);
            if (!(o instanceof PyInt) && !(o instanceof PyBool)) {
                throw Errors.typeError("'" + o.typeName() + "' object cannot be interpreted as an integer");
            }
            PyInt v = (PyInt) Abstract.index(o);
            if (v.signum() < 0) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
            if (!v.fitsLong() || v.longValue() > 0xFFFFFFFFL) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "regular expression code size limit exceeded");
            }
            code[i] = (int) v.longValue();
        }
        int isBytes;
        if (pattern == PyNone.NONE) {
            isBytes = -1;
        } else {
            isBytes = SreSubject.of(pattern).isBytes ? 1 : 0;
        }
        if (!SreValidator.valid(code, groups)) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "invalid SRE code");
        PyDict gi = groupindex.size() > 0 ? groupindex : null;
        PyTuple ig = gi != null && indexgroup.items.length > 0 ? indexgroup : null;
        return new SrePattern(this, pattern, flags, code, (int) groups, gi, ig, isBytes);
    }

    /** A replacement string compiled by {@code re._compile_template}. */
    // CPython: Modules/_sre/sre.c compile_template
    SreTemplate compileTemplate(SrePattern pattern, PyObject template) {
        if (compileTemplateFunction == null) {
            PyObject re = dev.pyjama.interp.Importer.importModule("re");
            compileTemplateFunction = Abstract.getattr(re, PyStr.of("_compile_template"));
        }
        PyObject result;
        try {
            result = Abstract.call(compileTemplateFunction, pattern, template);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR)) throw e;
            // an unhashable replacement (bytearray, str subclass): retry with the plain type
            PyObject plain;
            if (template instanceof PyStr s && template.getClass() != PyStr.class) plain = PyStr.exact(s);
            else if (template instanceof PyByteArray b) plain = new PyBytes(java.util.Arrays.copyOf(b.buf, b.size));
            else throw e;
            result = Abstract.call(compileTemplateFunction, pattern, plain);
        }
        if (!(result instanceof SreTemplate t)) {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "the result of compiling a replacement string is " + result.typeName());
        }
        return t;
    }

    /** {@code iter(callable, sentinel)}. */
    PyObject callIter(PyObject callable, PyObject sentinel) {
        return Abstract.call(builtins.dict.get(PyStr.of("iter")), callable, sentinel);
    }

    /** {@code "".join(items)} or {@code b"".join(items)}, with their messages for a wrong item. */
    static PyObject join(boolean isBytes, List<PyObject> items) {
        if (isBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.size(); i++) {
                PyObject o = items.get(i);
                if (o instanceof PyBytes b) out.write(b.value, 0, b.value.length);
                else if (o instanceof PyByteArray b) out.write(b.buf, 0, b.size);
                else throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + o.typeName() + " found");
            }
            return new PyBytes(out.toByteArray());
        }
        if (items.size() == 1 && items.get(0).getClass() == PyStr.class) return items.get(0);
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            PyObject o = items.get(i);
            if (!(o instanceof PyStr s)) throw Errors.typeError("sequence item " + i + ": expected str instance, " + o.typeName() + " found");
            n += s.length();
        }
        int[] cps = new int[n];
        int k = 0;
        for (PyObject o : items) {
            int[] c = ((PyStr) o).codePoints();
            System.arraycopy(c, 0, cps, k, c.length);
            k += c.length;
        }
        return PyStr.ofCodePoints(cps, n);
    }

    /** The first {@code n} characters of {@code s}: PyUnicode_FromFormat's {@code %.NR}. */
    static String truncate(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code Pattern.groupindex}: CPython gives a read-only proxy; pyjama a copy, which cannot change the pattern either. */
    static PyObject readOnly(PyDict d) {
        PyDict copy = new PyDict();
        for (PyObject k : d.keys()) copy.put(k, d.get(k));
        return copy;
    }

    /** {@code Pattern[str]}, {@code Match[bytes]}: a types.GenericAlias. */
    static void classGetitem(PyType t) {
        t.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, null, (args, kw) -> {
            if (args.length != 2) {
                throw Errors.typeError("__class_getitem__() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return Abstract.call(PyGenericAlias.TYPE, args[0], args[1]);
        })));
    }
}
