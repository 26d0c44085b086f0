package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calling: dispatch on the kind of callable (Python function, Java function, bound method,
 * class, object with {@code __call__}) and, for Python functions, binding the arguments to
 * the parameters with CPython's error messages, then running the code in a new frame.
 */
// CPython: Objects/call.c, Python/ceval.c initialize_locals
public final class Calls {
    private Calls() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    /**
     * See {@link Abstract#call}. {@code args} may be kept by the callee (as the frame's locals
     * are filled from it, or a bound method's self is prepended): callers pass a fresh array.
     */
    public static PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
        if (callable instanceof PyFunction fn) return callFunction(fn, args, kwnames);
        if (callable instanceof PyMethod m) return call(m.function, prepend(m.self, args), kwnames);
        if (callable instanceof PyBuiltinFunction b) return b.call(args, kwnames);
        if (callable instanceof PyType t) return Types.callType(t, args, kwnames);
        PyObject call = EvalHelpers.lookupSpecial(callable, "__call__");
        if (call == null) throw Errors.typeError("'" + callable.typeName() + "' object is not callable");
        return call(call, args, kwnames);
    }

    /**
     * {@code callable(a, b, c)}: a trace or profile function's call per event. A Python
     * function (or a method bound to one) whose parameters are exactly these positionals gets
     * them straight in its new frame: no argument array, no dispatch on the callable's kind.
     */
    // CPython: Python/sysmodule.c call_trampoline (_PyObject_VectorcallTstate with three arguments)
    public static PyObject call3(PyObject callable, PyObject a, PyObject b, PyObject c) {
        PyFunction fn;
        PyObject self = null;
        if (callable instanceof PyFunction f) {
            fn = f;
        } else if (callable instanceof PyMethod m && m.function instanceof PyFunction f) {
            fn = f;
            self = m.self;
        } else {
            return call(callable, new PyObject[] {a, b, c}, null);
        }
        int k = self == null ? 0 : 1;
        PyFrame frame = plainFrame(fn, 3 + k);
        if (frame == null) return call(callable, new PyObject[] {a, b, c}, null);
        PyObject[] l = frame.localsplus;
        if (self != null) l[0] = self;
        l[k] = a;
        l[k + 1] = b;
        l[k + 2] = c;
        return Eval.run(frame);
    }

    /** A new frame of {@code fn} when it takes exactly {@code n} plain positionals (no *args, **kwargs, keyword-only), else null. */
    private static PyFrame plainFrame(PyFunction fn, int n) {
        PyCode co = fn.code;
        if (co.argcount != n || co.kwonlyargcount != 0 || (co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) != 0) return null;
        return new PyFrame(co, fn.globals, fn.builtins, null, fn);
    }

    /**
     * {@code callable(a, b[, c[, d]])} ({@code n} of them, 2 to 4): a sys.monitoring Python
     * callback's call per event. A plain Python function taking exactly these positionals gets
     * them straight in its new frame, without the argument array and the general binding.
     */
    // CPython: Python/instrumentation.c call_one_instrument (PyObject_Vectorcall with the arguments on the C stack)
    public static PyObject callExact(PyObject callable, int n, PyObject a, PyObject b, PyObject c, PyObject d) {
        PyFrame frame = callable instanceof PyFunction fn ? plainFrame(fn, n) : null;
        if (frame != null) {
            PyObject[] l = frame.localsplus;
            l[0] = a;
            l[1] = b;
            if (n > 2) l[2] = c;
            if (n > 3) l[3] = d;
            return Eval.run(frame);
        }
        PyObject[] args = n == 2 ? new PyObject[] {a, b} : n == 3 ? new PyObject[] {a, b, c} : new PyObject[] {a, b, c, d};
        return call(callable, args, null);
    }

    /** {@code callable()} with no arguments. */
    public static PyObject call0(PyObject callable) {
        return call(callable, NO_ARGS, null);
    }

    static PyObject[] prepend(PyObject first, PyObject[] args) {
        PyObject[] out = new PyObject[args.length + 1];
        out[0] = first;
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }

    /** Runs a Python function: binds the arguments into a new frame and evaluates it. */
    public static PyObject callFunction(PyFunction fn, PyObject[] args, PyTuple kwnames) {
        if (kwnames == null) {
            PyObject r = callPositional(fn, null, args, 0, args.length);
            if (r != NOT_SIMPLE) return r;
        }
        PyFrame frame = new PyFrame(fn.code, fn.globals, fn.builtins, null, fn);
        bindArguments(fn, frame.localsplus, args, kwnames);
        return Eval.run(frame);
    }

    /**
     * The CALL instruction's shortcut for a Python function (or a method bound to one) called
     * with positional arguments only, as {@code s[from..from+n)} on the caller's value stack:
     * when the function takes them plainly (no *args, **kwargs or keyword-only parameters, and
     * enough arguments once its defaults are added), they go straight into the new frame's
     * locals, without the argument array and the general binding. Null when it does not apply
     * (the caller then takes the general path, which also reports the errors).
     */
    // CPython: Python/bytecodes.c CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS / CALL_PY_WITH_DEFAULTS
    static PyObject callPositional(PyFunction fn, PyObject self, PyObject[] s, int from, int n) {
        PyFrame frame = framePositional(fn, self, s, from, n);
        return frame == null ? NOT_SIMPLE : Eval.run(frame);
    }

    /** {@link #callPositional}'s new frame, its arguments bound; null when the call needs the general binding. */
    static PyFrame framePositional(PyFunction fn, PyObject self, PyObject[] s, int from, int n) {
        PyCode co = fn.code;
        int total = self != null ? n + 1 : n;
        int argcount = co.argcount;
        if ((co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) != 0 || co.kwonlyargcount != 0 || total > argcount) {
            return null;
        }
        PyObject[] defs = null;
        if (total < argcount) {
            defs = fn.defaults == null ? NO_ARGS : fn.defaults.items;
            if (argcount - total > defs.length) return null;
        }
        PyFrame frame = new PyFrame(co, fn.globals, fn.builtins, null, fn);
        PyObject[] l = frame.localsplus;
        // a plain loop: n is small, and System.arraycopy of a variable length is a stub call
        int to = 0;
        if (self != null) l[to++] = self;
        for (int k = 0; k < n; k++) l[to + k] = s[from + k];
        if (defs != null) {
            // the missing trailing parameters take their defaults, as initialize_locals fills them
            int m = argcount - defs.length;
            for (int i = total; i < argcount; i++) l[i] = defs[i - m];
        }
        return frame;
    }

    /** {@link #callPositional}'s answer when the call needs the general binding. */
    static final PyObject NOT_SIMPLE = new PyObject() {
        @Override
        public PyType type() {
            return dev.pyjama.objects.PyNone.TYPE;
        }

        @Override
        public String repr() {
            return "<not simple>";
        }
    };

    /** {@code _PyObject_FunctionStr}: how error messages name a callable, {@code module.qualname()}. */
    // CPython: Objects/object.c _PyObject_FunctionStr
    static String functionStr(PyObject callable) {
        String qualname;
        String module = null;
        if (callable instanceof PyFunction f) {
            qualname = f.qualname;
            if (f.module instanceof PyStr m) module = m.value();
        } else if (callable instanceof PyMethod m) {
            return functionStr(m.function);
        } else if (callable instanceof PyBuiltinFunction b) {
            qualname = b.owner != null ? b.owner.name() + "." + b.name : b.name;
        } else if (callable instanceof PyType t) {
            qualname = t.qualname;
            PyObject m = t.lookup("__module__");
            if (m instanceof PyStr ms) module = ms.value();
        } else {
            return Abstract.str(callable).value();
        }
        if (module != null && !module.equals("builtins")) return module + "." + qualname + "()";
        return qualname + "()";
    }

    /**
     * Fills {@code localsplus} from the call's arguments as CPython does: positional, then
     * keyword, then *args / **kwargs, then defaults, with CPython's TypeErrors.
     */
    // CPython: Python/ceval.c initialize_locals
    static void bindArguments(PyFunction fn, PyObject[] localsplus, PyObject[] args, PyTuple kwnames) {
        PyCode co = fn.code;
        int coArgcount = co.argcount;
        int totalArgs = coArgcount + co.kwonlyargcount;
        int kwcount = kwnames == null ? 0 : kwnames.items.length;
        int argcount = args.length - kwcount;
        boolean varargs = (co.flags & PyCode.CO_VARARGS) != 0;
        PyDict kwdict = null;
        if ((co.flags & PyCode.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            localsplus[totalArgs + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(argcount, coArgcount);
        System.arraycopy(args, 0, localsplus, 0, n);
        if (varargs) {
            localsplus[totalArgs] = argcount > n ? new PyTuple(Arrays.copyOfRange(args, n, argcount)) : PyTuple.EMPTY;
        }
        for (int i = 0; i < kwcount; i++) {
            PyObject kw = kwnames.items[i];
            PyObject value = args[argcount + i];
            if (!(kw instanceof PyStr keyword)) throw Errors.typeError(fn.qualname + "() keywords must be strings");
            int j = findParameter(co, keyword.value(), co.posonlyargcount, totalArgs);
            if (j < 0) {
                if (kwdict == null) {
                    if (co.posonlyargcount > 0) positionalOnlyPassedAsKeyword(fn, kwnames);
                    List<String> candidates = new ArrayList<>();
                    for (int k = co.posonlyargcount; k < totalArgs; k++) candidates.add(co.localsplusnames[k]);
                    String suggestion = Suggestions.compute(candidates, keyword.value());
                    throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + keyword.value() + "'"
                            + (suggestion != null ? ". Did you mean '" + suggestion + "'?" : ""));
                }
                kwdict.put(keyword, value);
                continue;
            }
            if (localsplus[j] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + keyword.value() + "'");
            }
            localsplus[j] = value;
        }
        if (argcount > coArgcount && !varargs) tooManyPositional(fn, argcount, localsplus);
        if (argcount < coArgcount) {
            PyObject[] defs = fn.defaults == null ? NO_ARGS : fn.defaults.items;
            int defcount = defs.length;
            int m = coArgcount - defcount;
            int missing = 0;
            for (int i = argcount; i < m; i++) {
                if (localsplus[i] == null) missing++;
            }
            if (missing > 0) missingArguments(fn, missing, defcount, localsplus);
            for (int i = n > m ? n - m : 0; i < defcount; i++) {
                if (localsplus[m + i] == null) localsplus[m + i] = defs[i];
            }
        }
        if (co.kwonlyargcount > 0) {
            int missing = 0;
            for (int i = coArgcount; i < totalArgs; i++) {
                if (localsplus[i] != null) continue;
                if (fn.kwdefaults != null) {
                    PyObject def = fn.kwdefaults.get(PyStr.of(co.localsplusnames[i]));
                    if (def != null) {
                        localsplus[i] = def;
                        continue;
                    }
                }
                missing++;
            }
            if (missing > 0) missingArguments(fn, missing, -1, localsplus);
        }
    }

    private static int findParameter(PyCode co, String name, int from, int to) {
        String[] names = co.localsplusnames;
        for (int j = from; j < to; j++) {
            if (names[j].equals(name)) return j;
        }
        return -1;
    }

    // CPython: Python/ceval.c positional_only_passed_as_keyword
    private static void positionalOnlyPassedAsKeyword(PyFunction fn, PyTuple kwnames) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < fn.code.posonlyargcount; k++) {
            String posonly = fn.code.localsplusnames[k];
            for (PyObject kw : kwnames.items) {
                if (kw instanceof PyStr s && s.value().equals(posonly)) {
                    names.add(posonly);
                    break;
                }
            }
        }
        if (names.isEmpty()) return;
        throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", names) + "'");
    }

    // CPython: Python/ceval.c too_many_positional
    private static void tooManyPositional(PyFunction fn, int given, PyObject[] localsplus) {
        PyCode co = fn.code;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (localsplus[i] != null) kwonlyGiven++;
        }
        int defcount = fn.defaults == null ? 0 : fn.defaults.items.length;
        boolean plural;
        String sig;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            plural = co.argcount != 1;
            sig = Integer.toString(co.argcount);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        throw Errors.typeError(fn.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    // CPython: Python/ceval.c missing_arguments, format_missing
    private static void missingArguments(PyFunction fn, int missing, int defcount, PyObject[] localsplus) {
        PyCode co = fn.code;
        boolean positional = defcount != -1;
        int start = positional ? 0 : co.argcount;
        int end = positional ? co.argcount - defcount : co.argcount + co.kwonlyargcount;
        List<String> names = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (localsplus[i] == null) names.add(PyStr.repr(co.localsplusnames[i]));
        }
        int len = names.size();
        String nameStr;
        if (len == 1) {
            nameStr = names.get(0);
        } else if (len == 2) {
            nameStr = names.get(0) + " and " + names.get(1);
        } else {
            nameStr = String.join(", ", names.subList(0, len - 2)) + ", " + names.get(len - 2) + ", and "
                    + names.get(len - 1);
        }
        throw Errors.typeError(fn.qualname + "() missing " + len + " required " + (positional ? "positional" : "keyword-only")
                + " argument" + (len == 1 ? "" : "s") + ": " + nameStr);
    }
}
