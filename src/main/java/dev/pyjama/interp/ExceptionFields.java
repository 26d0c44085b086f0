package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.HashMap;
import java.util.Map;

/**
 * The exceptions whose constructors parse their arguments into fields: OSError (and the
 * subclass its errno selects), NameError and AttributeError (keyword-only name/obj),
 * SyntaxError (msg and the location tuple) and the Unicode errors. Fields live in the
 * exception's attribute map; a field that is absent is CPython's NULL (read as None).
 */
// CPython: Objects/exceptions.c OSError_new, OSError_init, OSError_str, NameError_init, AttributeError_init, SyntaxError_init, SyntaxError_str, Unicode*Error_init/_str
final class ExceptionFields {
    private ExceptionFields() {}

    private static PyObject osErrorNew, osErrorInit;

    /** errno value to OSError subclass (Linux numbering). */
    // CPython: Objects/exceptions.c _PyExc_InitState (ADD_ERRNO)
    private static final Map<Long, PyType> ERRNO_MAP = new HashMap<>();

    static {
        long[][] nums = {{11, 114, 115}, {10}, {32, 108}, {103}, {111}, {104}, {17}, {2}, {21}, {20}, {4}, {13, 1}, {3}, {110}};
        PyType[] types = {ExceptionTypes.BLOCKING_IO_ERROR, ExceptionTypes.CHILD_PROCESS_ERROR, ExceptionTypes.BROKEN_PIPE_ERROR,
                ExceptionTypes.CONNECTION_ABORTED_ERROR, ExceptionTypes.CONNECTION_REFUSED_ERROR, ExceptionTypes.CONNECTION_RESET_ERROR,
                ExceptionTypes.FILE_EXISTS_ERROR, ExceptionTypes.FILE_NOT_FOUND_ERROR, ExceptionTypes.IS_A_DIRECTORY_ERROR,
                ExceptionTypes.NOT_A_DIRECTORY_ERROR, ExceptionTypes.INTERRUPTED_ERROR, ExceptionTypes.PERMISSION_ERROR,
                ExceptionTypes.PROCESS_LOOKUP_ERROR, ExceptionTypes.TIMEOUT_ERROR};
        for (int i = 0; i < types.length; i++) for (long n : nums[i]) ERRNO_MAP.put(n, types[i]);
    }

    private static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    static void install() {
        installOSError();
        PyType name = ExceptionTypes.NAME_ERROR;
        put(name, "__init__", (args, kw) -> keywordFields(args, kw, "NameError", "name"));
        put(ExceptionTypes.ATTRIBUTE_ERROR, "__init__", (args, kw) -> keywordFields(args, kw, "AttributeError", "name", "obj"));
        installSyntaxError();
    }

    // CPython: Objects/exceptions.c NameError_init, AttributeError_init
    private static PyObject keywordFields(PyObject[] args, PyTuple kw, String fname, String... names) {
        PyBaseException ex = e(args[0]);
        ex.args = PyTuple.of(Args.positional(args, 1, kw));
        // CPython: Python/getargs.c vgetargskeywords ("got an unexpected keyword argument")
        for (int k = 0; k < Args.nkw(kw); k++) {
            String key = ((PyStr) kw.items[k]).value();
            if (!java.util.Arrays.asList(names).contains(key)) {
                throw Errors.typeError(fname + "() got an unexpected keyword argument '" + key + "'");
            }
        }
        PyObject[] tail = new PyObject[1 + Args.nkw(kw)];
        System.arraycopy(args, args.length - tail.length + 1, tail, 1, tail.length - 1);
        PyObject[] got = Args.parse(fname, tail, 1, kw, names, 0, 0);
        for (int i = 0; i < names.length; i++) {
            if (got[i] != null) ex.dict.put(names[i], got[i]);
            else ex.dict.remove(names[i]);
        }
        return PyNone.NONE;
    }

    // ---- OSError

    private static void installOSError() {
        PyType t = ExceptionTypes.OS_ERROR;
        newMethod(t, (args, kw) -> {
            PyType type = (PyType) args[0];
            PyObject[] a = Args.positional(args, 1, kw);
            if (!useInit(type)) {
                Args.noKw(type.name(), kw);
                if (a.length >= 2 && a.length <= 5 && a[0] instanceof PyInt n && type == ExceptionTypes.OS_ERROR) {
                    PyType mapped = n.fitsLong() ? ERRNO_MAP.get(n.longValue()) : null;
                    if (mapped != null) type = mapped;
                }
            }
            PyBaseException self = new PyBaseException(type, PyTuple.EMPTY);
            if (!useInit(type)) init(self, a);
            return self;
        });
        osErrorNew = t.dict.get("__new__");
        osErrorInit = put(t, "__init__", (args, kw) -> {
            PyBaseException self = e(args[0]);
            if (!useInit(self.type())) return PyNone.NONE;
            Args.noKw(self.type().name(), kw);
            init(self, Args.positional(args, 1, kw));
            return PyNone.NONE;
        });
        slot0(t, "__str__", self -> osErrorStr(e(self)));
        noargs(t, "__reduce__", self -> {
            PyBaseException ex = e(self);
            PyObject[] a = ex.args.items;
            PyObject fn = ex.dict.get("filename");
            if (a.length == 2 && fn != null) {
                PyObject fn2 = ex.dict.get("filename2");
                a = fn2 != null ? new PyObject[] {a[0], a[1], fn, PyNone.NONE, fn2} : new PyObject[] {a[0], a[1], fn};
            }
            return PyTuple.of(self.type(), PyTuple.of(a));
        });
        for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) member(t, f);
    }

    // CPython: Objects/exceptions.c oserror_use_init
    private static boolean useInit(PyType type) {
        return type.lookup("__init__") != osErrorInit && type.lookup("__new__") == osErrorNew;
    }

    // CPython: Objects/exceptions.c oserror_parse_args, oserror_init
    private static void init(PyBaseException self, PyObject[] a) {
        PyObject errno = null, strerror = null, filename = null, filename2 = null;
        if (a.length >= 2 && a.length <= 5) {
            errno = a[0];
            strerror = a[1];
            if (a.length >= 3) filename = a[2];
            if (a.length >= 5) filename2 = a[4];
        }
        PyTuple args = PyTuple.of(a);
        if (filename != null && filename != PyNone.NONE) {
            if (self.type() == ExceptionTypes.BLOCKING_IO_ERROR && Abstract.isNumber(filename)) {
                self.dict.put("characters_written", Abstract.index(filename));
            } else {
                self.dict.put("filename", filename);
                if (filename2 != null && filename2 != PyNone.NONE) self.dict.put("filename2", filename2);
                args = PyTuple.of(a[0], a[1]);
            }
        }
        if (errno != null) self.dict.put("errno", errno);
        if (strerror != null) self.dict.put("strerror", strerror);
        self.args = args;
    }

    // CPython: Objects/exceptions.c OSError_str
    private static PyStr osErrorStr(PyBaseException ex) {
        PyObject errno = orNone(ex.dict.get("errno")), strerror = orNone(ex.dict.get("strerror"));
        PyObject fn = ex.dict.get("filename"), fn2 = ex.dict.get("filename2");
        String head = "[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value();
        if (fn != null) {
            if (fn2 != null) return PyStr.of(head + ": " + Abstract.repr(fn).value() + " -> " + Abstract.repr(fn2).value());
            return PyStr.of(head + ": " + Abstract.repr(fn).value());
        }
        if (ex.dict.get("errno") != null && ex.dict.get("strerror") != null) return PyStr.of(head);
        return ExceptionMethods.str(ex);
    }

    // ---- SyntaxError

    private static void installSyntaxError() {
        PyType t = ExceptionTypes.SYNTAX_ERROR;
        String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        // CPython: Objects/exceptions.c SyntaxError_init
        put(t, "__init__", (args, kw) -> {
            PyBaseException ex = e(args[0]);
            Args.noKw(ex.type().name(), kw);
            PyObject[] a = Args.positional(args, 1, kw);
            ex.args = PyTuple.of(a);
            if (a.length >= 1) ex.dict.put("msg", a[0]);
            if (a.length == 2) {
                PyObject[] info = Abstract.toArray(a[1]);
                if (info.length < 4 || info.length > 6) {
                    throw Errors.typeError("function takes " + (info.length < 4 ? "at least 4" : "at most 6")
                            + " arguments (" + info.length + " given)");
                }
                for (int i = 0; i < fields.length; i++) {
                    if (i < info.length) ex.dict.put(fields[i], info[i]);
                    else ex.dict.remove(fields[i]);
                }
                if (info.length == 5) throw Errors.typeError("end_offset must be provided when end_lineno is provided");
            }
            return PyNone.NONE;
        });
        // CPython: Objects/exceptions.c SyntaxError_str
        slot0(t, "__str__", self -> {
            PyBaseException ex = e(self);
            PyObject msg = orNone(ex.dict.get("msg"));
            String file = ex.dict.get("filename") instanceof PyStr s ? s.value().substring(s.value().lastIndexOf('/') + 1) : null;
            PyObject lineno = ex.dict.get("lineno");
            boolean haveLine = lineno != null && lineno.getClass() == PyInt.class;
            String m = Abstract.str(msg).value();
            if (file == null && !haveLine) return PyStr.of(m);
            if (file != null && haveLine) return PyStr.of(m + " (" + file + ", line " + lineno.repr() + ")");
            if (file != null) return PyStr.of(m + " (" + file + ")");
            return PyStr.of(m + " (line " + lineno.repr() + ")");
        });
        member(t, "msg");
        for (String f : fields) member(t, f);
        member(t, "print_file_and_line");
    }

    /** A T_OBJECT member kept in the exception's attribute map: None while unset. */
    private static void member(PyType t, String name) {
        getset(t, name, self -> orNone(e(self).dict.get(name)), (self, v) -> {
            if (v == null) e(self).dict.remove(name);
            else e(self).dict.put(name, v);
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
