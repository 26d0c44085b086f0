package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyProperty;
import dev.pyjama.objects.PyRange;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStaticMethod;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySuper;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The functions and constants of the builtins module (except those needing frames: __build_class__, exec, globals...). */
// CPython: Python/bltinmodule.c
public final class BuiltinFunctions {
    private BuiltinFunctions() {}


    private static PyBuiltinFunction def(PyDict b, String name, PyBuiltinFunction.Impl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, null, null, impl);
        b.put(PyStr.of(name), f);
        return f;
    }

    /** METH_O: "len() takes exactly one argument (2 given)". */
    private static void def1(PyDict b, String name, PyBuiltinFunction.Fast1 f) {
        def(b, name, (args, kw) -> {
            Args.noKw(name, kw);
            if (args.length != 1) throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
            return f.call(args[0]);
        }).fast1 = f;
    }

    /** Installs the builtins into {@code builtins} (a module's dict). */
    public static void install(PyDict b) {
        Abstract.init();
        b.put(PyStr.of("None"), PyNone.NONE);
        b.put(PyStr.of("True"), PyBool.TRUE);
        b.put(PyStr.of("False"), PyBool.FALSE);
        b.put(PyStr.of("Ellipsis"), PyEllipsis.ELLIPSIS);
        b.put(PyStr.of("NotImplemented"), PyNotImplemented.NOT_IMPLEMENTED);
        PyType[] types = {PyStr.TYPE, PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyBool.TYPE, PyList.TYPE, PyTuple.TYPE,
            PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyType.TYPE, PyType.OBJECT, PyRange.TYPE, PySlice.TYPE, PySuper.TYPE,
            PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE, PyBytes.TYPE, dev.pyjama.objects.PyByteArray.TYPE, Iterators.ENUMERATE, Iterators.ZIP,
            Iterators.MAP, Iterators.FILTER, Iterators.REVERSED};
        for (PyType t : types) b.put(PyStr.of(t.name()), t);
        for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
            if (!e.getKey().startsWith("_")) b.put(PyStr.of(e.getKey()), e.getValue());
        }
        b.put(PyStr.of("EnvironmentError"), ExceptionTypes.OS_ERROR);
        b.put(PyStr.of("IOError"), ExceptionTypes.OS_ERROR);

        def(b, "print", BuiltinFunctions::print);
        def1(b, "repr", Abstract::repr);
        def1(b, "ascii", o -> PyStr.of(ascii(Abstract.repr(o).value())));
        def1(b, "len", o -> PyInt.of(Abstract.len(o)));
        def1(b, "abs", Abstract::abs);
        def1(b, "callable", o -> PyBool.of(Abstract.isCallable(o)));
        def1(b, "id", o -> PyInt.of(dev.pyjama.objects.PyHash.address(o)));
        def1(b, "hash", o -> PyInt.of(Abstract.hash(o)));
        def1(b, "hex", o -> PyStr.of(Formatter.formatInt((PyInt) Abstract.index(o), "#x", o)));
        def1(b, "oct", o -> PyStr.of(Formatter.formatInt((PyInt) Abstract.index(o), "#o", o)));
        def1(b, "bin", o -> PyStr.of(Formatter.formatInt((PyInt) Abstract.index(o), "#b", o)));
        def1(b, "chr", o -> {
            PyObject i = Abstract.index(o);
            long c = ((PyInt) i).fitsLong() ? ((PyInt) i).longValue() : -1;
            if (!((PyInt) i).fitsLong() || c > Integer.MAX_VALUE || c < Integer.MIN_VALUE) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            if (c < 0 || c > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoints(new int[] {(int) c}, 1);
        });
        def1(b, "ord", o -> {
            if (o instanceof PyStr s) {
                if (s.length() != 1) throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
                return PyInt.of(s.codePoints()[0]);
            }
            if (o instanceof PyBytes by) {
                if (by.value.length != 1) throw Errors.typeError("ord() expected a character, but string of length " + by.value.length + " found");
                return PyInt.of(by.value[0] & 0xff);
            }
            throw Errors.typeError("ord() expected string of length 1, but " + o.typeName() + " found");
        });
        // CPython: Python/bltinmodule.c builtin_vars (no argument: the caller's locals)
        def(b, "vars", (args, kw) -> {
            Args.noKw("vars", kw);
            if (args.length > 1) throw Errors.typeError("vars expected at most 1 argument, got " + args.length);
            if (args.length == 0) return FrameBuiltins.callerLocals();
            PyObject d = Abstract.lookupAttr(args[0], PyStr.of("__dict__"));
            if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return d;
        });
        def(b, "dir", (args, kw) -> {
            Args.noKw("dir", kw);
            Args.checkPositional("dir", args.length, 0, 1);
            if (args.length == 0) return FrameBuiltins.dirLocals();
            PyObject f = args[0].type().lookup("__dir__");
            PyObject r = f == null ? ObjectMethods.dir(args[0]) : Abstract.callMethod(f, args[0]);
            PyList l = new PyList(Abstract.toList(r));
            ListMethods.sort(l, null, false);
            return l;
        });
        def(b, "iter", (args, kw) -> {
            Args.noKw("iter", kw);
            Args.checkPositional("iter", args.length, 1, 2);
            if (args.length == 2) {
                if (!Abstract.isCallable(args[0])) throw Errors.typeError("iter(v, w): v must be callable");
                return Iterators.callable(args[0], args[1]);
            }
            return Abstract.iter(args[0]);
        });
        def(b, "aiter", (args, kw) -> {
            Args.noKw("aiter", kw);
            Args.checkPositional("aiter", args.length, 1, 1);
            return AsyncGenerators.aiter(args[0]);
        });
        def(b, "anext", (args, kw) -> {
            Args.noKw("anext", kw);
            Args.checkPositional("anext", args.length, 1, 2);
            return AsyncGenerators.anext(args[0], args.length == 2 ? args[1] : null);
        });
        def(b, "next", (args, kw) -> {
            Args.noKw("next", kw);
            Args.checkPositional("next", args.length, 1, 2);
            PyObject it = args[0];
            if (!(it instanceof dev.pyjama.objects.PyIter) && it.type().lookup("__next__") == null) {
                throw Errors.typeError("'" + it.typeName() + "' object is not an iterator");
            }
            if (it instanceof dev.pyjama.objects.PyGenerator g && g.kind == dev.pyjama.objects.PyGenerator.Kind.GENERATOR) {
                // gen_iternext: a return value travels in the StopIteration
                boolean[] returned = new boolean[1];
                PyObject v = Generators.sendEx(g, null, null, false, returned);
                if (!returned[0] && v != null) return v; // null: already exhausted
                if (args.length == 2) return args[1];
                throw Generators.stopIteration(v);
            }
            PyObject v = Abstract.next(it);
            if (v != null) return v;
            if (args.length == 2) return args[1];
            throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
        });
        def(b, "getattr", (args, kw) -> {
            Args.noKw("getattr", kw);
            Args.checkPositional("getattr", args.length, 2, 3);
            PyStr name = attrName(args[1]);
            if (args.length == 3) {
                PyObject v = Abstract.lookupAttr(args[0], name);
                return v == null ? args[2] : v;
            }
            return Abstract.getattr(args[0], name);
        });
        def(b, "setattr", (args, kw) -> {
            Args.noKw("setattr", kw);
            Args.checkPositional("setattr", args.length, 3, 3);
            Abstract.setattr(args[0], attrName(args[1]), args[2]);
            return PyNone.NONE;
        });
        def(b, "delattr", (args, kw) -> {
            Args.noKw("delattr", kw);
            Args.checkPositional("delattr", args.length, 2, 2);
            Abstract.setattr(args[0], attrName(args[1]), null);
            return PyNone.NONE;
        });
        def(b, "hasattr", (args, kw) -> {
            Args.noKw("hasattr", kw);
            Args.checkPositional("hasattr", args.length, 2, 2);
            return PyBool.of(Abstract.lookupAttr(args[0], attrName(args[1])) != null);
        });
        def(b, "isinstance", (args, kw) -> {
            Args.noKw("isinstance", kw);
            Args.checkPositional("isinstance", args.length, 2, 2);
            return PyBool.of(Abstract.isInstance(args[0], args[1]));
        }).fast2 = (o, cls) -> PyBool.of(Abstract.isInstance(o, cls));
        def(b, "issubclass", (args, kw) -> {
            Args.noKw("issubclass", kw);
            Args.checkPositional("issubclass", args.length, 2, 2);
            return PyBool.of(Abstract.isSubclass(args[0], args[1]));
        });
        def(b, "divmod", (args, kw) -> {
            Args.noKw("divmod", kw);
            Args.checkPositional("divmod", args.length, 2, 2);
            return divmod(args[0], args[1]);
        });
        def(b, "pow", (args, kw) -> {
            PyObject[] a = Args.parse("pow", args, 0, kw, new String[] {"base", "exp", "mod"}, 2, 3);
            if (a[2] == null || a[2] == PyNone.NONE) return Abstract.binaryOp(Abstract.NB_POWER, a[0], a[1]);
            if (!(PyObjects.isInt(a[0]) && PyObjects.isInt(a[1]) && PyObjects.isInt(a[2]))
                    && NumberMethods.rank(a[0]) > 0 && NumberMethods.rank(a[1]) > 0 && NumberMethods.rank(a[2]) > 0) {
                // CPython: Objects/abstract.c ternary_op tries each distinct nb_power in turn: long_pow declines mixed
                // operands, float_pow rejects any modulus, complex_pow raises "complex modulo"
                boolean[] seen = new boolean[4];
                for (PyObject o : a) {
                    int r = NumberMethods.rank(o);
                    if (seen[r]) continue;
                    seen[r] = true;
                    if (r == 2) throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                    if (r == 3) throw Errors.valueError("complex modulo");
                }
            }
            return Abstract.ternaryPow(a[0], a[1], a[2]);
        });
        def(b, "round", (args, kw) -> {
            PyObject[] a = Args.parse("round", args, 0, kw, new String[] {"number", "ndigits"}, 1, 2);
            PyObject f = a[0].type().lookup("__round__");
            if (f == null) throw Errors.typeError("type " + a[0].typeName() + " doesn't define __round__ method");
            return a[1] == null || a[1] == PyNone.NONE ? Abstract.callMethod(f, a[0]) : Abstract.callMethod(f, a[0], a[1]);
        });
        def(b, "format", (args, kw) -> {
            Args.noKw("format", kw);
            Args.checkPositional("format", args.length, 1, 2);
            PyObject spec = args.length > 1 ? args[1] : PyStr.of("");
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("format() argument 2 must be str, not " + spec.typeName());
            }
            return Abstract.format(args[0], s);
        });
        def(b, "sum", (args, kw) -> {
            PyObject[] a = Args.parse("sum", args, 0, kw, new String[] {"", "start"}, 1, 2);
            return sum(a[0], a[1]);
        });
        def(b, "min", (args, kw) -> minMax("min", args, kw, Abstract.LT));
        def(b, "max", (args, kw) -> minMax("max", args, kw, Abstract.GT));
        def(b, "any", (args, kw) -> {
            Args.noKw("any", kw);
            if (args.length != 1) throw Errors.typeError("any() takes exactly one argument (" + args.length + " given)");
            PyObject it = Abstract.iter(args[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (Abstract.isTrue(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        def(b, "all", (args, kw) -> {
            Args.noKw("all", kw);
            if (args.length != 1) throw Errors.typeError("all() takes exactly one argument (" + args.length + " given)");
            PyObject it = Abstract.iter(args[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) if (!Abstract.isTrue(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        def(b, "sorted", (args, kw) -> {
            // CPython: Python/bltinmodule.c builtin_sorted (the keywords go to list.sort, which checks them)
            int npos = args.length - Args.nkw(kw);
            Args.checkPositional("sorted", npos, 1, 1);
            PyList l = new PyList(Abstract.toList(args[0]));
            PyObject[] a = Args.parse("sort", args, 1, kw, new String[] {"key", "reverse"}, 0, 0);
            ListMethods.sort(l, a[0], a[1] != null && Abstract.isTrue(a[1]));
            return l;
        });
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw Errors.typeError("attribute name must be string, not '" + o.typeName() + "'");
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (NumberMethods.rank(a) > 0 && NumberMethods.rank(a) < 3 && NumberMethods.rank(b) > 0 && NumberMethods.rank(b) < 3) {
            return NumberMethods.divmod(a, b);
        }
        PyObject f = a.type().lookup("__divmod__");
        if (f != null) {
            PyObject r = Abstract.callMethod(f, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        f = b.type().lookup("__rdivmod__");
        if (f != null && b.type() != a.type()) {
            PyObject r = Abstract.callMethod(f, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a.typeName() + "' and '" + b.typeName() + "'");
    }

    // CPython: Python/bltinmodule.c min_max
    private static PyObject minMax(String name, PyObject[] args, PyTuple kw, int op) {
        int nkw = Args.nkw(kw);
        int npos = args.length - nkw;
        PyObject key = null, dflt = null;
        // the positional count is checked before the keywords, as clinic's _PyArg_UnpackKeywords does
        if (npos == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.items[i]).value();
            PyObject v = args[npos + i];
            if (k.equals("key")) key = v == PyNone.NONE ? null : v;
            else if (k.equals("default")) dflt = v;
            else throw Errors.typeError(name + "() got an unexpected keyword argument '" + k + "'");
        }
        PyObject it;
        if (npos == 1) {
            it = Abstract.iter(args[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            PyObject[] items = new PyObject[npos];
            System.arraycopy(args, 0, items, 0, npos);
            it = Abstract.iter(PyTuple.of(items));
        }
        PyObject best = null, bestKey = null;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (best == null || better(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    /** {@code k < best} (min) or {@code k > best} (max): the pre-checked comparison of exact ints, strs, floats and their tuples first. */
    private static boolean better(PyObject k, PyObject best, int op) {
        int c = QuickOps.sortCompare(k, best);
        if (c == QuickOps.UNKNOWN) return Abstract.richCompareBool(k, best, op);
        return op == Abstract.LT ? c < 0 : c > 0;
    }

    // CPython: Python/bltinmodule.c builtin_print_impl
    private static PyObject print(PyObject[] args, PyTuple kw) {
        int nkw = Args.nkw(kw);
        int npos = args.length - nkw;
        PyObject sep = PyNone.NONE, end = PyNone.NONE, file = PyNone.NONE, flush = PyBool.FALSE;
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.items[i]).value();
            PyObject v = args[npos + i];
            switch (k) {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw Errors.typeError("print() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (sep != PyNone.NONE && !(sep instanceof PyStr)) throw Errors.typeError("sep must be None or a string, not " + sep.typeName());
        if (end != PyNone.NONE && !(end instanceof PyStr)) throw Errors.typeError("end must be None or a string, not " + end.typeName());
        if (file == PyNone.NONE) {
            file = Interpreter.current().sys.dict.get(PyStr.of("stdout"));
            if (file == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
            if (file == PyNone.NONE) return PyNone.NONE; // sys.stdout None: print does nothing
        }
        if (file instanceof dev.pyjama.modules.TextIOWrapper w && w.plainWrite()) {
            // TextIOWrapper's own write(), called from Java: the same pieces in the same order, without a lookup each
            PyStr sepStr = sep == PyNone.NONE ? PyStr.of(" ") : (PyStr) sep;
            for (int i = 0; i < npos; i++) {
                if (i > 0) w.write(sepStr);
                w.write(Abstract.str(args[i]));
            }
            w.write(end == PyNone.NONE ? PyStr.of("\n") : (PyStr) end);
            if (Abstract.isTrue(flush)) Abstract.call(Abstract.getattr(file, PyStr.of("flush")));
            return PyNone.NONE;
        }
        // Any other file: one write() per argument, separator and end, as PyFile_WriteObject does.
        for (int i = 0; i < npos; i++) {
            if (i > 0) writeTo(file, sep == PyNone.NONE ? PyStr.of(" ") : Abstract.str(sep));
            writeTo(file, Abstract.str(args[i]));
        }
        writeTo(file, end == PyNone.NONE ? PyStr.of("\n") : Abstract.str(end));
        if (Abstract.isTrue(flush)) Abstract.call(Abstract.getattr(file, PyStr.of("flush")));
        return PyNone.NONE;
    }

    /** PyFile_WriteObject: {@code file.write(text)}, the method looked up for each piece as CPython does. */
    // CPython: Objects/fileobject.c PyFile_WriteObject
    private static void writeTo(PyObject file, PyStr text) {
        Abstract.call(Abstract.getattr(file, PyStr.of("write")), text);
    }

    /** ascii(): the repr with every non-ASCII character escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else sb.append(StrMethods.escape(c));
        }
        return sb.toString();
    }

    static List<PyObject> unused() {
        return new ArrayList<>(List.of(PyInt.of(IntMath.numBits(PyInt.of(0)))));
    }

    /** {@code sum(iterable, start)}: exact ints in a long while they fit, exact floats with Neumaier's compensation. */
    // CPython: Python/bltinmodule.c builtin_sum_impl
    static PyObject sum(PyObject iterable, PyObject start) {
        PyObject it = Abstract.iter(iterable);
        PyObject result = start == null ? PyInt.of(0) : start;
        if (result instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (result instanceof PyBytes) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        PyObject item;
        if (result.getClass() == PyInt.class && ((PyInt) result).fitsLong()) {
            long acc = ((PyInt) result).longValue();
            while (true) {
                item = Abstract.next(it);
                if (item == null) return PyInt.of(acc);
                if (item.getClass() == PyInt.class || item instanceof PyBool) {
                    PyInt v = dev.pyjama.objects.PyObjects.asInt(item);
                    if (v.fitsLong()) {
                        long x = v.longValue(), r = acc + x;
                        // no overflow: the signs of acc and x differ, or r keeps acc's sign
                        if (((acc ^ r) & (x ^ r)) >= 0) {
                            acc = r;
                            continue;
                        }
                    }
                }
                result = Abstract.binaryOp(Abstract.NB_ADD, PyInt.of(acc), item);
                break;
            }
        }
        if (result.getClass() == PyFloat.class) {
            double f = ((PyFloat) result).value, c = 0.0;
            while (true) {
                item = Abstract.next(it);
                if (item == null) {
                    // keep the sign of a negative zero, and an infinite sum from becoming a NaN
                    if (c != 0.0 && Double.isFinite(c)) f += c;
                    return PyFloat.of(f);
                }
                if (item.getClass() == PyFloat.class) {
                    // Neumaier's improved Kahan-Babuska summation
                    double x = ((PyFloat) item).value, t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
                    else c += (x - t) + f;
                    f = t;
                    continue;
                }
                if (item instanceof PyInt || item instanceof PyBool) {
                    PyInt v = dev.pyjama.objects.PyObjects.asInt(item);
                    if (v.fitsLong()) {
                        f += (double) v.longValue();
                        continue;
                    }
                }
                if (c != 0.0 && Double.isFinite(c)) f += c;
                result = Abstract.binaryOp(Abstract.NB_ADD, PyFloat.of(f), item);
                break;
            }
        }
        for (item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.binaryOp(Abstract.NB_ADD, result, item);
        }
        return result;
    }
}
