package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.onearg;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.BuiltinDescriptor;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Arrays;
import java.util.Iterator;

/**
 * {@code functools._lru_cache_wrapper}: the three strategies of the C type (no cache for
 * maxsize 0, an unbounded dict for None, a bounded LRU otherwise), keys made as
 * lru_cache_make_key makes them (so the same calls hit and miss as under CPython), hit and
 * miss counts, cache_info/cache_clear, binding as a method, and pickling by qualified name.
 * The bounded cache keeps its links in a dict's insertion order: a hit moves its key last.
 */
// CPython: Modules/_functoolsmodule.c lru_cache_new, lru_cache_make_key, *_lru_cache_wrapper
final class LruCacheWrapper {
    private LruCacheWrapper() {}

    static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", null);

    /** The marker between positional and keyword arguments in a key (kwd_mark). */
    private static final PyObject KWD_MARK = new PyObject() {
        @Override public PyType type() { return PyType.OBJECT; }
        @Override public String repr() { return "<object object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">"; }
    };

    static final class Wrapper extends PyObject implements Derived, BuiltinDescriptor {
        private PyType type = TYPE;
        private PyDict dict;
        PyObject func;
        PyObject cacheInfoType;
        boolean typed;
        /** -1: unbounded; 0: no cache. */
        long maxsize;
        PyDict cache = new PyDict();
        long hits, misses;

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public void setDict(PyDict d) { if (d != null) dict = d; }

        @Override
        public PyDict dict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }

        @Override
        public String repr() {
            return "<functools._lru_cache_wrapper object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        // CPython: Modules/_functoolsmodule.c lru_cache_descr_get
        @Override
        public PyObject descrGet(PyObject obj, PyType owner) {
            return obj == null || obj == PyNone.NONE ? this : new PyMethod(this, obj);
        }
    }

    static {
        Derived.SELF_DERIVED.put(TYPE, Wrapper.class);
        TYPE.dict.put("__dict__", BuiltinTypes.instanceDictDescriptor(TYPE));
        newMethod(TYPE, (a, kw) -> {
            PyObject[] p = Args.parse("_lru_cache_wrapper", a, 1, kw,
                    new String[] {"user_function", "maxsize", "typed", "cache_info_type"}, 4, 4);
            return make(p[0], p[1], p[2], p[3]);
        });
        put(TYPE, "__call__", (a, kw) -> call((Wrapper) a[0], Arrays.copyOfRange(a, 1, a.length), kw));
        put(TYPE, "__get__", (a, kw) -> {
            Args.checkPositional("__get__", a.length - 1, 1, 2);
            return ((Wrapper) a[0]).descrGet(a[1], null);
        });
        noargs(TYPE, "cache_info", self -> {
            Wrapper w = (Wrapper) self;
            return Abstract.call(w.cacheInfoType, PyInt.of(w.hits), PyInt.of(w.misses),
                    w.maxsize == -1 ? PyNone.NONE : PyInt.of(w.maxsize), PyInt.of(w.cache.size()));
        });
        noargs(TYPE, "cache_clear", self -> {
            Wrapper w = (Wrapper) self;
            w.hits = 0;
            w.misses = 0;
            w.cache.clear();
            return PyNone.NONE;
        });
        noargs(TYPE, "__reduce__", self -> Abstract.getattr(self, PyStr.of("__qualname__")));
        noargs(TYPE, "__copy__", self -> self);
        onearg(TYPE, "__deepcopy__", (self, memo) -> self);
    }

    // CPython: Modules/_functoolsmodule.c lru_cache_new
    private static PyObject make(PyObject func, PyObject maxsize, PyObject typed, PyObject infoType) {
        if (!Abstract.isCallable(func)) throw Errors.typeError("the first argument must be callable");
        Wrapper w = new Wrapper();
        w.typed = Abstract.isTrue(typed);
        if (maxsize == PyNone.NONE) {
            w.maxsize = -1;
        } else if (maxsize instanceof PyInt || maxsize.type().lookup("__index__") != null) {
            PyInt i = (PyInt) Abstract.index(maxsize);
            if (!i.fitsLong()) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            w.maxsize = Math.max(0, i.longValue());
        } else {
            throw Errors.typeError("maxsize should be integer or None");
        }
        w.func = func;
        w.cacheInfoType = infoType;
        return w;
    }

    // CPython: Modules/_functoolsmodule.c lru_cache_make_key
    private static PyObject key(PyObject[] a, PyTuple kwnames, boolean typed) {
        int nkw = Args.nkw(kwnames), npos = a.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1 && (a[0].getClass() == PyStr.class || a[0].getClass() == PyInt.class)) return a[0];
            return new PyTuple(a.clone());
        }
        int size = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? npos + nkw : 0);
        PyObject[] k = new PyObject[size];
        int pos = 0;
        for (int i = 0; i < npos; i++) k[pos++] = a[i];
        if (nkw > 0) {
            k[pos++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                k[pos++] = kwnames.items[i];
                k[pos++] = a[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) k[pos++] = a[i].type();
            for (int i = 0; i < nkw; i++) k[pos++] = a[npos + i].type();
        }
        return new PyTuple(k);
    }

    // CPython: Modules/_functoolsmodule.c uncached_lru_cache_wrapper, infinite_lru_cache_wrapper, bounded_lru_cache_wrapper
    private static PyObject call(Wrapper w, PyObject[] a, PyTuple kwnames) {
        if (w.maxsize == 0) {
            w.misses++;
            return Abstract.call(w.func, a, kwnames);
        }
        PyObject key = key(a, kwnames, w.typed);
        Abstract.hash(key);
        PyObject found = w.cache.get(key);
        if (found != null) {
            if (w.maxsize > 0) {
                // the most recently used goes last
                w.cache.remove(key);
                w.cache.put(key, found);
            }
            w.hits++;
            return found;
        }
        w.misses++;
        PyObject result = Abstract.call(w.func, a, kwnames);
        if (w.maxsize < 0) {
            w.cache.put(key, result);
            return result;
        }
        // the call may have added this key itself (recursion), or changed the cache
        if (w.cache.get(key) != null) return result;
        if (w.cache.size() >= w.maxsize) {
            Iterator<PyObject> oldest = w.cache.keyIterator();
            if (oldest.hasNext()) w.cache.remove(oldest.next());
        }
        w.cache.put(key, result);
        return result;
    }
}
