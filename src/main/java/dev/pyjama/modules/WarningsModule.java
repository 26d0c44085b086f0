package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code _warnings}, the built-in half of the warnings machinery, as CPython has it: the
 * filters, the default action, the once-registry and a Java {@code warn}/{@code warn_explicit},
 * which {@code warnings.py} imports in place of its Python versions. So a warning raised as an
 * error comes from the caller's frame, with no {@code warnings.py} frames in its traceback.
 * Once {@code warnings} is imported its {@code filters}, {@code defaultaction},
 * {@code onceregistry} and {@code _showwarnmsg} are the ones used, as the C module asks them.
 */
// CPython: Python/_warnings.c
public final class WarningsModule {
    private WarningsModule() {}

    /** The module's state: its filters' version, which {@code _filters_mutated} bumps. */
    private static final class State {
        final PyModule module;
        long filtersVersion;

        State(PyModule module) {
            this.module = module;
        }
    }

    private static final PyStr FILTERS = PyStr.of("filters"), DEFAULT_ACTION = PyStr.of("_defaultaction"),
            ONCE_REGISTRY = PyStr.of("_onceregistry"), VERSION = PyStr.of("version"), REGISTRY = PyStr.of("__warningregistry__"),
            NAME = PyStr.of("__name__");

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_warnings");
        State st = new State(m);
        m.dict.put(FILTERS, initFilters());
        m.dict.put(DEFAULT_ACTION, PyStr.of("default"));
        m.dict.put(ONCE_REGISTRY, new PyDict());
        def(m, "warn", (a, kw) -> {
            PyObject[] p = Args.parse("warn", a, 0, kw, new String[] {"message", "category", "stacklevel", "source",
                "skip_file_prefixes"}, 1, 4);
            PyObject category = category(p[0], p[1]);
            long stacklevel = p[2] == null ? 1 : ModuleSupport.asLong(p[2]);
            PyTuple skip = null;
            if (p[4] != null) {
                if (!(p[4] instanceof PyTuple t)) {
                    throw Errors.typeError("warn() argument 'skip_file_prefixes' must be tuple, not " + p[4].typeName());
                }
                skip = t;
                if (t.items.length > 0 && stacklevel < 2) stacklevel = 2;
            }
            return doWarn(st, p[0], category, stacklevel, p[3], skip);
        });
        def(m, "warn_explicit", (a, kw) -> {
            PyObject[] p = Args.parse("warn_explicit", a, 0, kw, new String[] {"message", "category", "filename", "lineno",
                "module", "registry", "module_globals", "source"}, 4, 8);
            if (!(p[2] instanceof PyStr filename)) {
                throw Errors.typeError("warn_explicit() argument 'filename' must be str, not " + p[2].typeName());
            }
            int lineno = ModuleSupport.asInt(p[3]);
            if (p[6] != null && p[6] != PyNone.NONE && !(p[6] instanceof PyDict)) {
                throw Errors.typeError("module_globals must be a dict, not '" + p[6].typeName() + "'");
            }
            return warnExplicit(st, p[1], p[0], filename, lineno, p[4], p[5], p[7]);
        });
        def(m, "_filters_mutated", (a, kw) -> {
            ModuleSupport.noArgs("_filters_mutated", a, kw);
            st.filtersVersion++;
            return PyNone.NONE;
        });
        return m;
    }

    // CPython: Python/_warnings.c init_filters (a release build's defaults)
    private static PyList initFilters() {
        PyList filters = new PyList(new java.util.ArrayList<>());
        filters.items.add(filter("default", ExceptionTypes.DEPRECATION_WARNING, PyStr.of("__main__")));
        filters.items.add(filter("ignore", ExceptionTypes.DEPRECATION_WARNING, PyNone.NONE));
        filters.items.add(filter("ignore", ExceptionTypes.PENDING_DEPRECATION_WARNING, PyNone.NONE));
        filters.items.add(filter("ignore", ExceptionTypes.IMPORT_WARNING, PyNone.NONE));
        filters.items.add(filter("ignore", ExceptionTypes.RESOURCE_WARNING, PyNone.NONE));
        return filters;
    }

    private static PyTuple filter(String action, PyType category, PyObject module) {
        return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.of(0));
    }

    // CPython: Python/_warnings.c get_category
    private static PyObject category(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, ExceptionTypes.WARNING)) category = message.type();
        else if (category == null || category == PyNone.NONE) category = ExceptionTypes.USER_WARNING;
        if (!(category instanceof PyType) || !Abstract.isSubclass(category, ExceptionTypes.WARNING)) {
            throw Errors.typeError("category must be a Warning subclass, not '" + category.typeName() + "'");
        }
        return category;
    }

    // CPython: Python/_warnings.c do_warn, setup_context
    private static PyObject doWarn(State st, PyObject message, PyObject category, long level, PyObject source, PyTuple skip) {
        PyFrame f = ThreadState.current().frame;
        if (level <= 0 || isInternal(f)) {
            while (--level > 0 && f != null) f = f.back;
        } else {
            while (--level > 0 && f != null) f = nextExternal(f, skip);
        }
        Interpreter interp = Interpreter.current();
        PyDict globals;
        PyStr filename;
        int lineno;
        if (f == null) {
            globals = interp.sys.dict;
            filename = PyStr.of("<sys>");
            lineno = 0;
        } else {
            globals = f.globals;
            filename = PyStr.of(f.code.filename);
            lineno = f.lineno();
        }
        PyObject registry = globals.get(REGISTRY);
        if (registry == null) {
            registry = new PyDict();
            globals.put(REGISTRY, registry);
        }
        PyObject module = globals.get(NAME);
        if (!(module == PyNone.NONE || module instanceof PyStr)) module = PyStr.of("<string>");
        return warnExplicit(st, category, message, filename, lineno, module, registry, source);
    }

    private static boolean isInternal(PyFrame f) {
        if (f == null) return false;
        String name = f.code.filename;
        return name.contains("importlib") && name.contains("_bootstrap");
    }

    private static PyFrame nextExternal(PyFrame f, PyTuple skip) {
        do {
            f = f.back;
        } while (f != null && (isInternal(f) || skipped(f, skip)));
        return f;
    }

    private static boolean skipped(PyFrame f, PyTuple skip) {
        if (skip == null) return false;
        for (PyObject prefix : skip.items) {
            // CPython: PyUnicode_Tailmatch(filename, prefix, 0, -1, -1) looks at filename[:-1], so a
            // prefix equal to the whole file name does not match
            String fn = f.code.filename;
            if (prefix instanceof PyStr s && fn.substring(0, Math.max(0, fn.length() - 1)).startsWith(s.value())) return true;
        }
        return false;
    }

    // CPython: Python/_warnings.c warn_explicit
    private static PyObject warnExplicit(State st, PyObject category, PyObject message, PyStr filename, int lineno,
            PyObject module, PyObject registry, PyObject source) {
        if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
            throw Errors.typeError("'registry' must be a dict or None");
        }
        if (module == null) {
            String fn = filename.value();
            module = PyStr.of(fn.isEmpty() ? "<unknown>" : fn.endsWith(".py") ? fn.substring(0, fn.length() - 3) : fn);
        }
        PyObject text;
        if (Abstract.isInstance(message, ExceptionTypes.WARNING)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject lineObj = PyInt.of(lineno);
        PyTuple key = PyTuple.of(text, category, lineObj);
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (reg != null && alreadyWarned(st, reg, key, false)) return PyNone.NONE;
        PyObject[] item = {PyNone.NONE};
        String action = getFilter(st, category, text, lineno, module, item);
        if (action.equals("error")) {
            if (message instanceof PyBaseException e) throw new PyException(e);
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        if (action.equals("ignore")) return PyNone.NONE;
        boolean warned = false;
        if (!action.equals("always")) {
            if (reg != null) reg.put(key, PyBool.TRUE);
            if (action.equals("once")) {
                PyDict once = reg;
                if (once == null) once = onceRegistry(st);
                warned = alreadyWarned(st, once, PyTuple.of(text, category), true);
            } else if (action.equals("module")) {
                // CPython 3.13 keys this (text, category), as "once" (warnings.py's fallback adds a 0)
                if (reg != null) warned = alreadyWarned(st, reg, PyTuple.of(text, category), true);
            } else if (!action.equals("default")) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "Unrecognized action (" + Abstract.repr(PyStr.of(action)).value()
                        + ") in warnings.filters:\n " + Abstract.repr(item[0]).value());
            }
        }
        if (!warned) show(category, text, message, filename, lineno, lineObj, source);
        return PyNone.NONE;
    }

    // CPython: Python/_warnings.c already_warned (a registry of another filters version starts afresh)
    private static boolean alreadyWarned(State st, PyDict registry, PyObject key, boolean set) {
        PyObject version = registry.get(VERSION);
        if (!(version instanceof PyInt v && v.type() == PyInt.TYPE && v.fitsLong() && v.longValue() == st.filtersVersion)) {
            registry.clear();
            registry.put(VERSION, PyInt.of(st.filtersVersion));
        } else {
            PyObject seen = registry.get(key);
            if (seen != null && Abstract.isTrue(seen)) return true;
        }
        if (set) registry.put(key, PyBool.TRUE);
        return false;
    }

    /** An attribute of the imported {@code warnings} module (null when it is not imported or lacks it). */
    // CPython: Python/_warnings.c get_warnings_attr
    private static PyObject warningsAttr(String name, boolean tryImport) {
        PyObject w = Interpreter.current().modules.get(PyStr.of("warnings"));
        if (!(w instanceof PyModule) && tryImport) w = Importer.importModule("warnings");
        if (!(w instanceof PyModule wm)) return null;
        return wm.dict.get(PyStr.of(name));
    }

    // CPython: Python/_warnings.c get_filter, check_matched
    private static String getFilter(State st, PyObject category, PyObject text, int lineno, PyObject module, PyObject[] item) {
        PyObject filters = warningsAttr("filters", false);
        if (filters != null) st.module.dict.put(FILTERS, filters);
        else filters = st.module.dict.get(FILTERS);
        if (!(filters instanceof PyList list)) throw Errors.valueError("_warnings.filters must be a list");
        for (int i = 0; i < list.items.size(); i++) {
            PyObject f = list.items.get(i);
            if (!(f instanceof PyTuple t) || t.items.length != 5) {
                throw Errors.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            PyObject action = t.items[0];
            if (!(action instanceof PyStr a)) {
                throw Errors.typeError("action must be a string, not '" + action.typeName() + "'");
            }
            if (matched(t.items[1], text) && Abstract.isSubclass(category, t.items[2]) && matched(t.items[3], module)) {
                long ln = ModuleSupport.asLong(t.items[4]);
                if (ln == 0 || ln == lineno) {
                    item[0] = f;
                    return a.value();
                }
            }
        }
        PyObject action = warningsAttr("defaultaction", false);
        if (action == null) action = st.module.dict.get(DEFAULT_ACTION);
        if (!(action instanceof PyStr a)) {
            throw Errors.typeError("_warnings.defaultaction must be a string, not '" + action.typeName() + "'");
        }
        return a.value();
    }

    private static boolean matched(PyObject pattern, PyObject arg) {
        if (pattern == PyNone.NONE) return true;
        // an exact str (the built-in default filters) matches by equality, anything else is a regex
        if (pattern.type() == PyStr.TYPE) return Abstract.richCompareBool(pattern, arg, 2);
        return Abstract.isTrue(Abstract.call(Abstract.getattr(pattern, PyStr.of("match")), arg));
    }

    private static PyDict onceRegistry(State st) {
        PyObject r = warningsAttr("onceregistry", false);
        if (r != null) st.module.dict.put(ONCE_REGISTRY, r);
        else r = st.module.dict.get(ONCE_REGISTRY);
        if (!(r instanceof PyDict d)) throw Errors.typeError("_warnings.onceregistry must be a dict, not '" + r.typeName() + "'");
        return d;
    }

    // CPython: Python/_warnings.c call_show_warning
    private static void show(PyObject category, PyObject text, PyObject message, PyStr filename, int lineno, PyObject lineObj,
            PyObject source) {
        PyObject showFn = warningsAttr("_showwarnmsg", source != null && source != PyNone.NONE);
        if (showFn == null) {
            showWarning(filename.value(), lineno, text, category);
            return;
        }
        if (!Abstract.isCallable(showFn)) throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
        PyObject cls = warningsAttr("WarningMessage", false);
        if (cls == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "unable to get warnings.WarningMessage");
        PyObject msg = source == null
                ? Abstract.call(cls, message, category, filename, lineObj, PyNone.NONE, PyNone.NONE)
                : Abstract.call(cls, message, category, filename, lineObj, PyNone.NONE, PyNone.NONE, source);
        Abstract.call(showFn, msg);
    }

    /** Before {@code warnings} is imported: "file:line: Category: text" and the source line, to sys.stderr. */
    // CPython: Python/_warnings.c show_warning, Python/traceback.c _Py_DisplaySourceLine
    private static void showWarning(String filename, int lineno, PyObject text, PyObject category) {
        PyObject stderr = Interpreter.current().sys.dict.get(PyStr.of("stderr"));
        if (stderr == null || stderr == PyNone.NONE) return;
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": ")
                .append(Abstract.str(Abstract.getattr(category, PyStr.of("__name__"))).value()).append(": ")
                .append(Abstract.str(text).value()).append('\n');
        try {
            List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
            if (lineno >= 1 && lineno <= lines.size()) sb.append("  ").append(lines.get(lineno - 1).stripLeading()).append('\n');
        } catch (Exception e) {
            // no readable source: the line is left out, as CPython does
        }
        Abstract.call(Abstract.getattr(stderr, PyStr.of("write")), PyStr.of(sb.toString()));
    }
}
