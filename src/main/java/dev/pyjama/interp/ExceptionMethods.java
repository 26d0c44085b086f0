package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Map;

/** BaseException's methods and attributes, and those of the exceptions with extra fields. */
// CPython: Objects/exceptions.c BaseException_methods, BaseException_getset, StopIteration, SystemExit, KeyError, ImportError, NameError, AttributeError
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    static void install() {
        PyType t = ExceptionTypes.BASE_EXCEPTION;
        newMethod(t, (args, kw) -> {
            PyType cls = (PyType) args[0];
            PyObject[] rest = new PyObject[args.length - 1 - Args.nkw(kw)];
            System.arraycopy(args, 1, rest, 0, rest.length);
            PyBaseException ex = new PyBaseException(cls, PyTuple.of(rest));
            return ex;
        });
        put(t, "__init__", (args, kw) -> {
            PyBaseException ex = e(args[0]);
            if (Args.nkw(kw) > 0) throw Errors.typeError(ex.type().name() + "() takes no keyword arguments");
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            ex.args = PyTuple.of(rest);
            initFields(ex);
            return PyNone.NONE;
        });
        slot0(t, "__str__", self -> str(e(self)));
        slot0(t, "__repr__", self -> {
            PyBaseException ex = e(self);
            String name = ex.type().name();
            if (ex.args.items.length == 1) return PyStr.of(name + "(" + Abstract.repr(ex.args.items[0]).value() + ")");
            return PyStr.of(name + Abstract.repr(ex.args).value());
        });
        // CPython: Objects/exceptions.c BaseException_with_traceback (through the __traceback__ setter's check)
        onearg(t, "with_traceback", (self, tb) -> {
            if (tb != PyNone.NONE && !(tb instanceof dev.pyjama.objects.PyTraceback)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            e(self).traceback = tb == PyNone.NONE ? null : tb;
            return self;
        });
        onearg(t, "add_note", (self, note) -> {
            if (!(note instanceof PyStr)) throw Errors.typeError("note must be a str, not '" + note.typeName() + "'");
            PyObject notes = e(self).dict.get("__notes__");
            if (notes == null) {
                notes = new PyList(new java.util.ArrayList<>());
                e(self).dict.put("__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).items.add(note);
            return PyNone.NONE;
        });
        getset(t, "args", self -> e(self).args, (self, v) -> {
            if (v == null) throw Errors.typeError("args may not be deleted");
            e(self).args = PyTuple.of(Abstract.toArray(v).clone());
        });
        getset(t, "__traceback__", self -> orNone(e(self).traceback), (self, v) -> {
            if (v == null) throw Errors.typeError("__traceback__ may not be deleted");
            if (v != PyNone.NONE && !v.typeName().equals("traceback")) throw Errors.typeError("__traceback__ must be a traceback or None");
            e(self).traceback = v == PyNone.NONE ? null : v;
        });
        getset(t, "__cause__", self -> orNone(e(self).cause), (self, v) -> {
            if (v == null) throw Errors.typeError("__cause__ may not be deleted");
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            e(self).cause = v == PyNone.NONE ? null : (PyBaseException) v;
            e(self).suppressContext = true;
        });
        getset(t, "__context__", self -> orNone(e(self).context), (self, v) -> {
            if (v == null) throw Errors.typeError("__context__ may not be deleted");
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
            e(self).context = v == PyNone.NONE ? null : (PyBaseException) v;
        });
        getset(t, "__suppress_context__", self -> bool(e(self).suppressContext),
                (self, v) -> e(self).suppressContext = v != null && Abstract.isTrue(v));
        getset(t, "__dict__", self -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, PyObject> en : e(self).dict.entrySet()) d.put(PyStr.of(en.getKey()), en.getValue());
            return d;
        }, (self, v) -> {
            if (!(v instanceof PyDict d)) throw Errors.typeError("__dict__ must be a dictionary");
            e(self).dict.clear();
            for (PyObject k : d.keys()) e(self).dict.put(Abstract.str(k).value(), d.get(k));
        });
        noargs(t, "__reduce__", self -> PyTuple.of(self.type(), e(self).args));

        slot0(ExceptionTypes.KEY_ERROR, "__str__", self -> {
            PyBaseException ex = e(self);
            if (ex.args.items.length == 1) return Abstract.repr(ex.args.items[0]);
            return str(ex);
        });
        for (String f : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line"}) {
            field(ExceptionTypes.SYNTAX_ERROR, f);
        }
        slot0(ExceptionTypes.SYNTAX_ERROR, "__str__", self -> syntaxErrorStr(e(self)));
        field(ExceptionTypes.STOP_ITERATION, "value");
        field(ExceptionTypes.SYSTEM_EXIT, "code");
        field(ExceptionTypes.IMPORT_ERROR, "msg");
        field(ExceptionTypes.IMPORT_ERROR, "name");
        field(ExceptionTypes.IMPORT_ERROR, "path");
        field(ExceptionTypes.IMPORT_ERROR, "name_from");
        field(ExceptionTypes.NAME_ERROR, "name");
        field(ExceptionTypes.ATTRIBUTE_ERROR, "name");
        field(ExceptionTypes.ATTRIBUTE_ERROR, "obj");
        slot0(ExceptionTypes.IMPORT_ERROR, "__str__", self -> {
            PyObject msg = e(self).dict.get("msg");
            if (msg != null && msg != PyNone.NONE) return Abstract.str(msg);
            return str(e(self));
        });
        put(ExceptionTypes.IMPORT_ERROR, "__init__", (args, kw) -> {
            PyBaseException ex = e(args[0]);
            int nkw = Args.nkw(kw);
            // the keywords alone are parsed ("|$OOO:ImportError"); any number of positional arguments
            PyObject[] a = Args.parse(ex.type().name(), args, args.length - nkw, kw, new String[] {"name", "path", "name_from"}, 0, 0);
            PyObject[] pos = new PyObject[args.length - 1 - nkw];
            System.arraycopy(args, 1, pos, 0, pos.length);
            ex.args = PyTuple.of(pos);
            ex.dict.put("msg", pos.length == 1 ? pos[0] : PyNone.NONE);
            ex.dict.put("name", a[0] == null ? PyNone.NONE : a[0]);
            ex.dict.put("path", a[1] == null ? PyNone.NONE : a[1]);
            ex.dict.put("name_from", a[2] == null ? PyNone.NONE : a[2]);
            return PyNone.NONE;
        });
    }

    /** The fields exceptions set from their arguments when made (StopIteration.value, SystemExit.code). */
    static void initFields(PyBaseException ex) {
        PyObject[] a = ex.args.items;
        PyType t = ex.type();
        if (t.isSubtype(ExceptionTypes.STOP_ITERATION)) ex.dict.put("value", a.length > 0 ? a[0] : PyNone.NONE);
        if (t.isSubtype(ExceptionTypes.SYSTEM_EXIT)) {
            ex.dict.put("code", a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : ex.args);
        }
    }

    /** An attribute kept in the exception's dict, None until set. */
    private static void field(PyType t, String name) {
        getset(t, name, self -> {
            PyObject v = e(self).dict.get(name);
            if (v == null) {
                initFields(e(self));
                v = e(self).dict.get(name);
            }
            return v == null ? PyNone.NONE : v;
        }, (self, v) -> {
            if (v == null) e(self).dict.remove(name);
            else e(self).dict.put(name, v);
        });
    }

    // CPython: Objects/exceptions.c SyntaxError_str
    private static PyStr syntaxErrorStr(PyBaseException ex) {
        if (ex.dict.get("msg") == null) initFields(ex);
        PyObject msg = ex.dict.getOrDefault("msg", PyNone.NONE);
        PyObject fn = ex.dict.getOrDefault("filename", PyNone.NONE);
        PyObject lineno = ex.dict.getOrDefault("lineno", PyNone.NONE);
        String filename = null;
        if (fn instanceof PyStr s) {
            int slash = s.value().lastIndexOf('/');
            filename = slash < 0 ? s.value() : s.value().substring(slash + 1);
        }
        boolean haveLineno = lineno.getClass() == PyInt.class;
        String m = Abstract.str(msg).value();
        if (filename == null && !haveLineno) return PyStr.of(m);
        if (filename != null && haveLineno) return PyStr.of(m + " (" + filename + ", line " + Abstract.str(lineno).value() + ")");
        if (filename != null) return PyStr.of(m + " (" + filename + ")");
        return PyStr.of(m + " (line " + Abstract.str(lineno).value() + ")");
    }

    // CPython: Objects/exceptions.c BaseException_str
    static PyStr str(PyBaseException ex) {
        PyObject[] a = ex.args.items;
        if (a.length == 0) return PyStr.of("");
        if (a.length == 1) return Abstract.str(a[0]);
        return Abstract.str(ex.args);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
