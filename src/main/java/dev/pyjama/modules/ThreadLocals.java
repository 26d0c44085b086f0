package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _thread._local} (threading.local): an object whose {@code __dict__} is a different
 * dict on each thread. The dicts live in each thread's {@link ThreadState#localDicts}; a
 * thread that first touches the object gets a fresh dict, and the class's {@code __init__}
 * runs again there with the arguments the object was made with.
 */
// CPython: Modules/_threadmodule.c localobject, local_new, _ldict, local_getattro, local_setattro
final class ThreadLocals {
    private ThreadLocals() {}

    static final PyType LOCAL = PyType.builtin("_thread._local", null);

    static final class Local extends PyObject implements Derived {
        private PyType type = LOCAL;
        final PyObject[] initArgs;
        final PyTuple initKwnames;

        Local(PyObject[] initArgs, PyTuple initKwnames) {
            this.initArgs = initArgs;
            this.initKwnames = initKwnames;
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }

        @Override
        public String repr() {
            return "<" + type.name() + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        /** The calling thread's dict, made (and {@code __init__} run again) on a thread's first use. */
        // CPython: Modules/_threadmodule.c _ldict, create_localdummies
        @Override
        public PyDict dict() {
            ThreadState ts = ThreadState.current();
            PyDict d = ts.localDicts.get(this);
            if (d != null) return d;
            d = new PyDict();
            ts.localDicts.put(this, d);
            PyObject init = type.lookup("__init__");
            if (init != null && init != PyType.OBJECT.lookup("__init__")) {
                PyObject[] all = new PyObject[initArgs.length + 1];
                all[0] = this;
                System.arraycopy(initArgs, 0, all, 1, initArgs.length);
                try {
                    Abstract.call(init, all, initKwnames);
                } catch (RuntimeException e) {
                    ts.localDicts.remove(this);
                    throw e;
                }
            }
            return d;
        }

        /** The creating thread's dict (Derived.wrap hands the heap class's fresh dict). */
        @Override
        public void setDict(PyDict d) {
            ThreadState.current().localDicts.put(this, d == null ? new PyDict() : d);
        }
    }

    static {
        Derived.SELF_DERIVED.put(LOCAL, Local.class);
        BuiltinTypes.getter(LOCAL, "__dict__", self -> ((Local) self).dict());
        // CPython: Modules/_threadmodule.c local_new
        BuiltinTypes.newMethod(LOCAL, (args, kw) -> {
            PyType cls = (PyType) args[0];
            boolean hasArgs = args.length > 1 || (kw != null && kw.items.length > 0);
            if (hasArgs && cls.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            Local l = new Local(java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            ThreadState.current().localDicts.put(l, new PyDict());
            return l;
        });
    }
}
