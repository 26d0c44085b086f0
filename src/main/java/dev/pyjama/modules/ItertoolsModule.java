package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code itertools}: each iterator is a {@link PyIter} whose {@code next} computes one value
 * as the C code's {@code tp_iternext} does (arguments are checked and iterables taken when
 * the object is made, so errors come when CPython gives them).
 */
// CPython: Modules/itertoolsmodule.c
public final class ItertoolsModule {
    private ItertoolsModule() {}

    private static final PyInt ZERO = PyInt.of(0), ONE = PyInt.of(1);

    /** An itertools iterator whose values come from a supplier (null at the end, and after). */
    static final class Iter extends PyIter {
        private Supplier<PyObject> step;
        private final Supplier<String> repr;

        Iter(PyType type, Supplier<PyObject> step, Supplier<String> repr) {
            super(type);
            this.step = step;
            this.repr = repr;
        }

        /** CPython's __reduce__ of this object, for the types 3.13 still pickles and copies; else null. */
        java.util.function.Function<Iter, PyObject> reducer;
        /** Its __setstate__, for the types that have one. */
        java.util.function.Consumer<PyObject> stateSetter;

        Iter reducible(java.util.function.Function<Iter, PyObject> reducer, java.util.function.Consumer<PyObject> stateSetter) {
            this.reducer = reducer;
            this.stateSetter = stateSetter;
            return this;
        }

        @Override
        public PyObject reduce() {
            return reducer == null ? null : reducer.apply(this);
        }

        @Override
        public void setState(PyObject state) {
            if (stateSetter != null) stateSetter.accept(state);
        }

        /** Whether next() has said it is exhausted. */
        boolean exhausted() {
            return step == null;
        }

        @Override
        public PyObject next() {
            if (step == null) return null;
            PyObject v = step.get();
            if (v == null) step = null;
            return v;
        }

        @Override
        public String repr() {
            if (repr == null) return super.repr();
            String r = repr.get();
            // CPython's reprs (count_repr, repeat_repr) name the object's own type, a subclass's too
            int paren = r.indexOf('(');
            return type().heap && paren > 0 ? type().name() + r.substring(paren) : r;
        }
    }

    @FunctionalInterface
    interface Maker {
        PyObject make(PyType t, PyObject[] args, PyTuple kw);
    }

    private static PyType type(PyModule m, String name, Maker maker) {
        PyType t = ModuleSupport.iteratorType("itertools." + name);
        t.disallowInstantiation = false;
        PyIter.subclassable(t);
        BuiltinTypes.newMethod(t, (args, kw) -> maker.make(t, java.util.Arrays.copyOfRange(args, 1, args.length), kw));
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        m.dict.put(PyStr.of(name), t);
        return t;
    }

    private static final String PICKLE_DEPRECATED =
            "Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.";

    /**
     * The types 3.13 still pickles and copies, with its DeprecationWarning: {@code __reduce__}
     * (and {@code __setstate__}, when {@code withState}) call what the object was made with.
     */
    // CPython: Modules/itertoolsmodule.c ITERTOOL_PICKLE_DEPRECATION, count_reduce, repeat_reduce...
    private static void pickles(PyType t, boolean withState) {
        BuiltinTypes.put(t, "__reduce__", (args, kw) -> {
            ModuleSupport.noArgs("__reduce__", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            deprecated();
            PyObject r = ((PyIter) args[0]).reduce();
            if (r == null) throw Errors.typeError("cannot pickle '" + args[0].typeName() + "' object");
            return r;
        });
        if (!withState) return;
        BuiltinTypes.put(t, "__setstate__", (args, kw) -> {
            ModuleSupport.positional("__setstate__", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 1, 1);
            deprecated();
            ((PyIter) args[0]).setState(args[1]);
            return PyNone.NONE;
        });
    }

    private static void deprecated() {
        PyObject warn = Abstract.getattr(dev.pyjama.interp.Importer.importModule("_warnings"), PyStr.of("warn"));
        Abstract.call(warn, PyStr.of(PICKLE_DEPRECATED), dev.pyjama.objects.ExceptionTypes.DEPRECATION_WARNING, PyInt.of(1));
    }

    private static PyObject next(PyObject it) {
        return Abstract.next(it);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("itertools");
        PyType chain = type(m, "chain", (t, a, kw) -> {
            ModuleSupport.noKw("chain", kw);
            return chain(t, Abstract.iter(new PyTuple(a)));
        });
        chain.dict.put("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", null, null,
                (a, kw) -> chain((PyType) a[0], Abstract.iter(a[1])))));
        PyType count = type(m, "count", (t, a, kw) -> {
            PyObject[] p = Args.parse("count", a, 0, kw, new String[] {"start", "step"}, 0, 2);
            // CPython: Modules/itertoolsmodule.c itertools_count_impl
            if (p[0] != null && !Abstract.isNumber(p[0]) || p[1] != null && !Abstract.isNumber(p[1])) {
                throw Errors.typeError("a number is required");
            }
            PyObject[] cur = {p[0] == null ? ZERO : p[0]};
            PyObject step = p[1] == null ? ONE : p[1];
            // CPython's fast mode (an int start that fits, a step of int 1) reduces to (count, (cnt,))
            boolean fast = cur[0] instanceof PyInt s0 && s0.fitsLong() && step instanceof PyInt s1 && s1.fitsLong() && s1.longValue() == 1;
            return new Iter(t, () -> {
                PyObject v = cur[0];
                cur[0] = Abstract.binaryOp(0, v, step);
                return v;
            }, () -> "count(" + Abstract.repr(cur[0]).value() + (step instanceof PyInt i && i.fitsLong() && i.longValue() == 1
                    ? "" : ", " + Abstract.repr(step).value()) + ")").reducible(self -> {
                        boolean stillFast = fast && ((PyInt) cur[0]).fitsLong() && ((PyInt) cur[0]).longValue() < Long.MAX_VALUE;
                        return PyTuple.of(t, stillFast ? PyTuple.of(cur[0]) : PyTuple.of(cur[0], step));
                    }, null);
        });
        pickles(count, false);
        PyType repeat = type(m, "repeat", (t, a, kw) -> {
            PyObject[] p = Args.parse("repeat", a, 0, kw, new String[] {"object", "times"}, 1, 2);
            long[] left = {p[1] == null ? -1 : Math.max(0, ModuleSupport.asLong(p[1]))};
            return new Iter(t, () -> {
                if (left[0] == 0) return null;
                if (left[0] > 0) left[0]--;
                return p[0];
            }, () -> "repeat(" + Abstract.repr(p[0]).value() + (left[0] >= 0 ? ", " + left[0] : "") + ")").reducible(
                    self -> PyTuple.of(t, left[0] >= 0 ? PyTuple.of(p[0], PyInt.of(left[0])) : PyTuple.of(p[0])), null);
        });
        pickles(repeat, false);
        pickles(chain, true);
        pickles(type(m, "islice", (t, a, kw) -> islice(t, a, kw)), true);
        PyType starmap = type(m, "starmap", (t, a, kw) -> {
            ModuleSupport.positional("starmap", a, kw, 2, 2);
            PyObject it = Abstract.iter(a[1]);
            return new Iter(t, () -> {
                PyObject v = next(it);
                return v == null ? null : Abstract.call(a[0], Abstract.toArray(v));
            }, null).reducible(self -> PyTuple.of(t, PyTuple.of(a[0], it)), null);
        });
        pickles(starmap, false);
        type(m, "accumulate", (t, a, kw) -> {
            PyObject[] p = Args.parse("accumulate", a, 0, kw, new String[] {"iterable", "func", "initial"}, 1, 2);
            PyObject it = Abstract.iter(p[0]);
            PyObject func = p[1] == null ? PyNone.NONE : p[1];
            PyObject[] total = {p[2] == null || p[2] == PyNone.NONE ? null : p[2]};
            boolean[] first = {total[0] != null};
            return new Iter(t, () -> {
                if (first[0]) {
                    first[0] = false;
                    return total[0];
                }
                PyObject v = next(it);
                if (v == null) return null;
                total[0] = total[0] == null ? v : func == PyNone.NONE ? Abstract.binaryOp(0, total[0], v) : Abstract.call(func, total[0], v);
                return total[0];
            }, null);
        });
        PyType filterfalse = type(m, "filterfalse", (t, a, kw) -> {
            ModuleSupport.positional("filterfalse", a, kw, 2, 2);
            PyObject it = Abstract.iter(a[1]);
            return new Iter(t, () -> {
                for (PyObject v; (v = next(it)) != null; ) {
                    boolean ok = a[0] == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(a[0], v));
                    if (!ok) return v;
                }
                return null;
            }, null).reducible(self -> PyTuple.of(t, PyTuple.of(a[0], it)), null);
        });
        pickles(filterfalse, false);
        PyType takewhile = type(m, "takewhile", (t, a, kw) -> {
            ModuleSupport.positional("takewhile", a, kw, 2, 2);
            PyObject it = Abstract.iter(a[1]);
            boolean[] stop = {false};
            return new Iter(t, () -> {
                if (stop[0]) return null;
                PyObject v = next(it);
                if (v != null && Abstract.isTrue(Abstract.call(a[0], v))) return v;
                if (v != null) stop[0] = true;
                return null;
            }, null).reducible(self -> PyTuple.of(t, PyTuple.of(a[0], it), PyInt.of(stop[0] ? 1 : 0)),
                    state -> stop[0] = Abstract.isTrue(state));
        });
        pickles(takewhile, true);
        PyType dropwhile = type(m, "dropwhile", (t, a, kw) -> {
            ModuleSupport.positional("dropwhile", a, kw, 2, 2);
            PyObject it = Abstract.iter(a[1]);
            boolean[] dropping = {true};
            return new Iter(t, () -> {
                for (PyObject v; (v = next(it)) != null; ) {
                    if (dropping[0] && Abstract.isTrue(Abstract.call(a[0], v))) continue;
                    dropping[0] = false;
                    return v;
                }
                return null;
            }, null).reducible(self -> PyTuple.of(t, PyTuple.of(a[0], it), PyInt.of(dropping[0] ? 0 : 1)),
                    state -> dropping[0] = !Abstract.isTrue(state));
        });
        pickles(dropwhile, true);
        PyType compress = type(m, "compress", (t, a, kw) -> {
            PyObject[] p = Args.parse("compress", a, 0, kw, new String[] {"data", "selectors"}, 2, 2);
            PyObject d = Abstract.iter(p[0]), s = Abstract.iter(p[1]);
            return new Iter(t, () -> {
                while (true) {
                    PyObject v = next(d);
                    if (v == null) return null;
                    PyObject sel = next(s);
                    if (sel == null) return null;
                    if (Abstract.isTrue(sel)) return v;
                }
            }, null).reducible(self -> PyTuple.of(t, PyTuple.of(d, s)), null);
        });
        pickles(compress, false);
        PyType cycle = type(m, "cycle", (t, a, kw) -> {
            ModuleSupport.positional("cycle", a, kw, 1, 1);
            PyObject it = Abstract.iter(a[0]);
            dev.pyjama.objects.PyList[] saved = {new dev.pyjama.objects.PyList(new ArrayList<>())};
            int[] pos = {-1};
            boolean[] firstpass = {false}; // set by __setstate__: the source's items are saved already
            return new Iter(t, () -> {
                if (pos[0] < 0) {
                    PyObject v = next(it);
                    if (v != null) {
                        if (!firstpass[0]) saved[0].items.add(v);
                        return v;
                    }
                    pos[0] = 0; // the source is done (CPython clears it)
                    if (saved[0].items.isEmpty()) return null;
                }
                List<PyObject> items = saved[0].items;
                if (items.isEmpty()) return null;
                PyObject v = items.get(pos[0] % items.size());
                pos[0] = (pos[0] + 1) % items.size();
                return v;
            }, null).reducible(self -> {
                // CPython: Modules/itertoolsmodule.c cycle_reduce, cycle_setstate
                if (pos[0] < 0) return PyTuple.of(t, PyTuple.of(it), PyTuple.of(saved[0], dev.pyjama.objects.PyBool.of(firstpass[0])));
                PyObject rest = Abstract.iter(saved[0]);
                if (pos[0] != 0) ((PyIter) rest).setState(PyInt.of(pos[0]));
                return PyTuple.of(t, PyTuple.of(rest), PyTuple.of(saved[0], dev.pyjama.objects.PyBool.TRUE));
            }, state -> {
                if (!(state instanceof PyTuple st)) throw Errors.typeError("state is not a tuple");
                if (st.items.length != 2 || !(st.items[0] instanceof dev.pyjama.objects.PyList l)) {
                    throw Errors.typeError(st.items.length != 2 ? "function takes exactly 2 arguments (" + st.items.length + " given)"
                            : "argument 1 must be list, not " + st.items[0].typeName());
                }
                saved[0] = l;
                firstpass[0] = Abstract.isTrue(st.items[1]);
                pos[0] = pos[0] < 0 ? -1 : 0;
            });
        });
        pickles(cycle, true);
        type(m, "pairwise", (t, a, kw) -> {
            ModuleSupport.positional("pairwise", a, kw, 1, 1);
            PyObject it = Abstract.iter(a[0]);
            PyObject[] old = {null};
            return new Iter(t, () -> {
                if (old[0] == null && (old[0] = next(it)) == null) return null;
                PyObject v = next(it);
                if (v == null) return null;
                PyTuple r = PyTuple.of(old[0], v);
                old[0] = v;
                return r;
            }, null);
        });
        type(m, "batched", (t, a, kw) -> {
            PyObject[] p = Args.parse("batched", a, 0, kw, new String[] {"iterable", "n"}, 2, 2);
            long n = ModuleSupport.asLong(p[1]);
            if (n < 1) throw Errors.valueError("n must be at least one");
            PyObject it = Abstract.iter(p[0]);
            return new Iter(t, () -> {
                List<PyObject> batch = new ArrayList<>();
                for (PyObject v; batch.size() < n && (v = next(it)) != null; ) batch.add(v);
                return batch.isEmpty() ? null : new PyTuple(batch.toArray(new PyObject[0]));
            }, null);
        });
        PyType zipLongest = type(m, "zip_longest", (t, a, kw) -> {
            PyObject fill = PyNone.NONE;
            int nkw = Args.nkw(kw);
            for (int i = 0; i < nkw; i++) {
                String k = ((PyStr) kw.items[i]).value();
                if (!k.equals("fillvalue")) throw Errors.typeError("zip_longest() got an unexpected keyword argument '" + k + "'");
                fill = a[a.length - nkw + i];
            }
            PyObject[] its = new PyObject[a.length - nkw];
            for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(a[i]);
            PyObject[] fv = {fill};
            int[] active = {its.length};
            return new Iter(t, () -> {
                if (its.length == 0 || active[0] == 0) return null;
                PyObject[] out = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    PyObject v = its[i] == null ? null : next(its[i]);
                    if (v == null) {
                        if (its[i] != null) {
                            // the last one stays, as in CPython (what __reduce__ shows)
                            if (--active[0] == 0) return null;
                            its[i] = null;
                        }
                        v = fv[0];
                    }
                    out[i] = v;
                }
                return new PyTuple(out);
            }, null).reducible(self -> {
                // CPython: Modules/itertoolsmodule.c zip_longest_reduce (an exhausted iterator as ()), zip_longest_setstate
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) args[i] = its[i] == null ? PyTuple.EMPTY : its[i];
                return PyTuple.of(t, new PyTuple(args), fv[0]);
            }, state -> fv[0] = state);
        });
        pickles(zipLongest, true);
        type(m, "product", (t, a, kw) -> product(t, a, kw));
        type(m, "permutations", (t, a, kw) -> {
            PyObject[] p = Args.parse("permutations", a, 0, kw, new String[] {"iterable", "r"}, 1, 2);
            PyObject[] pool = Abstract.toArray(p[0]);
            int n = pool.length, r = p[1] == null || p[1] == PyNone.NONE ? n : ModuleSupport.asInt(p[1]);
            if (r < 0) throw Errors.valueError("r must be non-negative");
            return combinatoric(t, pool, r, Kind.PERMUTATIONS);
        });
        type(m, "combinations", (t, a, kw) -> {
            PyObject[] p = Args.parse("combinations", a, 0, kw, new String[] {"iterable", "r"}, 2, 2);
            int r = ModuleSupport.asInt(p[1]);
            if (r < 0) throw Errors.valueError("r must be non-negative");
            return combinatoric(t, Abstract.toArray(p[0]), r, Kind.COMBINATIONS);
        });
        type(m, "combinations_with_replacement", (t, a, kw) -> {
            PyObject[] p = Args.parse("combinations_with_replacement", a, 0, kw, new String[] {"iterable", "r"}, 2, 2);
            int r = ModuleSupport.asInt(p[1]);
            if (r < 0) throw Errors.valueError("r must be non-negative");
            return combinatoric(t, Abstract.toArray(p[0]), r, Kind.WITH_REPLACEMENT);
        });
        PyType grouper = ModuleSupport.iteratorType("itertools._grouper");
        type(m, "groupby", (t, a, kw) -> Groupby.make(t, grouper, a, kw));
        ModuleSupport.def(m, "tee", (a, kw) -> Groupby.tee(a, kw));
        return m;
    }

    private static PyObject chain(PyType t, PyObject sources) {
        PyObject[] active = {null};
        PyObject[] source = {sources};
        return new Iter(t, () -> {
            while (true) {
                if (source[0] == null) return null;
                if (active[0] == null) {
                    PyObject src = next(source[0]);
                    if (src == null) {
                        source[0] = null;
                        return null;
                    }
                    active[0] = Abstract.iter(src);
                }
                PyObject v = next(active[0]);
                if (v != null) return v;
                active[0] = null;
            }
        }, null).reducible(self -> {
            // CPython: Modules/itertoolsmodule.c chain_reduce, chain_setstate
            if (source[0] == null) return PyTuple.of(t, PyTuple.EMPTY);
            return PyTuple.of(t, PyTuple.EMPTY, active[0] == null ? PyTuple.of(source[0]) : PyTuple.of(source[0], active[0]));
        }, state -> {
            if (!(state instanceof PyTuple st)) throw Errors.typeError("state is not a tuple");
            if (st.items.length < 1 || st.items.length > 2) {
                throw Errors.typeError("function takes " + (st.items.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                        + " (" + st.items.length + " given)");
            }
            for (PyObject o : st.items) {
                if (o.type().lookup("__next__") == null) throw Errors.typeError("Arguments must be iterators.");
            }
            source[0] = st.items[0];
            active[0] = st.items.length == 2 ? st.items[1] : null;
        });
    }

    // CPython: Modules/itertoolsmodule.c islice_new, islice_next
    private static PyObject islice(PyType t, PyObject[] a, PyTuple kw) {
        ModuleSupport.noKw("islice", kw);
        if (a.length < 2 || a.length > 4) {
            throw Errors.typeError("islice expected " + (a.length < 2 ? "at least 2 arguments" : "at most 4 arguments")
                    + ", got " + a.length);
        }
        long start = 0, stop = -1, step = 1;
        String msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (a.length == 2) {
            if (a[1] != PyNone.NONE) stop = sliceArg(a[1], msg);
        } else {
            String m2 = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (a[1] != PyNone.NONE) start = sliceArg(a[1], m2);
            if (a[2] != PyNone.NONE) stop = sliceArg(a[2], m2);
            if (a.length == 4 && a[3] != PyNone.NONE) {
                step = sliceArg(a[3], "Step for islice() must be a positive integer or None.");
                if (step == 0) throw Errors.valueError("Step for islice() must be a positive integer or None.");
            }
        }
        PyObject it = Abstract.iter(a[0]);
        long[] st = {0, start, stop, step}; // cnt, next, stop, step
        return new Iter(t, () -> {
            while (st[0] < st[1]) {
                if (st[2] >= 0 && st[0] >= st[2]) return null;
                if (next(it) == null) return null;
                st[0]++;
            }
            if (st[2] >= 0 && st[0] >= st[2]) return null;
            PyObject v = next(it);
            if (v == null) return null;
            st[0]++;
            long old = st[1];
            st[1] += st[3];
            if (st[1] < old || (st[2] >= 0 && st[1] > st[2])) st[1] = st[2];
            return v;
        }, null).reducible(self -> {
            // CPython: Modules/itertoolsmodule.c islice_reduce, islice_setstate
            if (self.exhausted()) {
                PyObject empty = Abstract.iter(new dev.pyjama.objects.PyList(new ArrayList<>()));
                return PyTuple.of(t, PyTuple.of(empty, ZERO), ZERO);
            }
            PyObject stopArg = st[2] < 0 ? PyNone.NONE : PyInt.of(st[2]);
            return PyTuple.of(t, PyTuple.of(it, PyInt.of(st[1]), stopArg, PyInt.of(st[3])), PyInt.of(st[0]));
        }, state -> st[0] = dev.pyjama.interp.Abstract.asSsize(Abstract.index(state), dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR));
    }

    private static long sliceArg(PyObject o, String msg) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) throw Errors.valueError(msg);
        PyInt i = (PyInt) Abstract.index(o);
        if (i.signum() < 0) throw Errors.valueError(msg);
        return i.fitsLong() ? i.longValue() : Long.MAX_VALUE;
    }

    // CPython: Modules/itertoolsmodule.c product_new, product_next (an odometer over the pools)
    private static PyObject product(PyType t, PyObject[] a, PyTuple kw) {
        int nkw = Args.nkw(kw);
        long repeat = 1;
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.items[i]).value();
            if (!k.equals("repeat")) throw Errors.typeError("product() got an unexpected keyword argument '" + k + "'");
            repeat = Abstract.asSsize(a[a.length - nkw + i], null);
            if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
        }
        // repeat=0 leaves the arguments unconsumed, as CPython's product_new does
        int npools = repeat == 0 ? 0 : a.length - nkw;
        if (npools > 0 && npools > Long.MAX_VALUE / 8 / repeat) {
            throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "repeat argument too large");
        }
        if (npools * repeat > Integer.MAX_VALUE - 8) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.MEMORY_ERROR, null);
        PyObject[][] given = new PyObject[npools][];
        for (int i = 0; i < npools; i++) given[i] = Abstract.toArray(a[i]);
        PyObject[][] pools = new PyObject[(int) (npools * repeat)][];
        for (int r = 0; r < repeat && npools > 0; r++) System.arraycopy(given, 0, pools, r * npools, npools);
        int[] idx = new int[pools.length];
        boolean[] state = {false, false}; // started, done
        for (PyObject[] p : pools) if (p.length == 0) state[1] = true;
        return new Iter(t, () -> {
            if (state[1]) return null;
            if (state[0]) {
                int i = pools.length - 1;
                while (i >= 0 && ++idx[i] == pools[i].length) idx[i--] = 0;
                if (i < 0) {
                    state[1] = true;
                    return null;
                }
            }
            state[0] = true;
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < pools.length; i++) out[i] = pools[i][idx[i]];
            return new PyTuple(out);
        }, null);
    }

    enum Kind { PERMUTATIONS, COMBINATIONS, WITH_REPLACEMENT }

    // CPython: Modules/itertoolsmodule.c permutations_next, combinations_next, cwr_next (same orders as the docs' equivalents)
    private static PyObject combinatoric(PyType t, PyObject[] pool, int r, Kind kind) {
        int n = pool.length;
        int[] indices = new int[kind == Kind.PERMUTATIONS ? n : r];
        for (int i = 0; i < indices.length; i++) indices[i] = kind == Kind.WITH_REPLACEMENT ? 0 : i;
        int[] cycles = new int[r];
        for (int i = 0; i < r; i++) cycles[i] = n - i;
        boolean[] state = {false, kind == Kind.WITH_REPLACEMENT ? n == 0 && r > 0 : r > n};
        return new Iter(t, () -> {
            if (state[1]) return null;
            if (state[0] && !advance(kind, indices, cycles, n, r)) {
                state[1] = true;
                return null;
            }
            state[0] = true;
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return new PyTuple(out);
        }, null);
    }

    private static boolean advance(Kind kind, int[] indices, int[] cycles, int n, int r) {
        if (kind == Kind.PERMUTATIONS) {
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return true;
                }
            }
            return false;
        }
        if (kind == Kind.COMBINATIONS) {
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) return false;
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            return true;
        }
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) i--;
        if (i < 0) return false;
        int v = indices[i] + 1;
        for (int j = i; j < r; j++) indices[j] = v;
        return true;
    }
}
