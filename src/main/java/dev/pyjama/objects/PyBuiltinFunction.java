package dev.pyjama.objects;

/**
 * A function written in Java: {@code builtin_function_or_method} when it is a module's
 * function or bound to its object ({@code [].append}), {@code method_descriptor} when it
 * is a built-in type's method looked up on the type ({@code list.append}). The difference
 * matters to profilers: {@code c_call} events name what CPython names.
 */
// CPython: Objects/methodobject.c PyCFunctionObject, Objects/descrobject.c PyMethodDescrObject
public final class PyBuiltinFunction extends PyObject {
    public static final PyType BUILTIN_FUNCTION_TYPE = PyType.builtin("builtin_function_or_method", null);
    public static final PyType METHOD_DESCRIPTOR_TYPE = PyType.builtin("method_descriptor", null);
    /** A built-in type's slot method ({@code object.__init__}, {@code int.__add__}) and its bound form. */
    public static final PyType WRAPPER_DESCRIPTOR_TYPE = PyType.builtin("wrapper_descriptor", null);
    public static final PyType METHOD_WRAPPER_TYPE = PyType.builtin("method-wrapper", null);

    /** The Java code: positional arguments then keyword values, with the keyword names (or null). */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject[] args, PyTuple kwnames);
    }

    /** The Java code of a function of exactly one argument (a method's self counts). */
    @FunctionalInterface
    public interface Fast1 {
        PyObject call(PyObject a);
    }

    /** The Java code of a function of exactly two arguments (a method's self counts). */
    @FunctionalInterface
    public interface Fast2 {
        PyObject call(PyObject a, PyObject b);
    }

    /** The Java code of a function of exactly three arguments (a method's self counts). */
    @FunctionalInterface
    public interface Fast3 {
        PyObject call(PyObject a, PyObject b, PyObject c);
    }

    /**
     * Optional direct entries into the same Java code as {@link #impl}, for calls with exactly
     * one, two or three positional arguments and no keywords (a method's self is the first): the
     * CALL instruction's shortcut (interp/BuiltinCalls) uses them to skip the argument array
     * and the arity checks, as CPython's CALL_BUILTIN_O and CALL_METHOD_DESCRIPTOR_O/NOARGS
     * skip the vectorcall. Set once, when the function is made; null when there is none.
     */
    public Fast1 fast1;
    public Fast2 fast2;
    public Fast3 fast3;

    public final String name;
    /** For a method: the type it belongs to; null for a module function. */
    public final PyType owner;
    /** For a bound method: the object it is bound to (passed as the first argument); else null. */
    public final PyObject self;
    public final Impl impl;
    /**
     * For a built-in type's static method (str.maketrans): the type, CPython's m_self of a
     * METH_STATIC function. Never passed as an argument and not {@code __self__} (None); the repr,
     * {@code __qualname__}, {@code __module__} and profilers' labels show it. Else null.
     */
    // CPython: Objects/typeobject.c type_add_method (METH_STATIC), Include/cpython/methodobject.h PyCFunction_GET_SELF
    public PyType staticOf;
    /** Whether this is a slot wrapper (wrapper_descriptor; method-wrapper once bound). */
    // CPython: Objects/descrobject.c PyWrapperDescrObject, wrapperobject
    public final boolean wrapper;

    public PyBuiltinFunction(String name, PyType owner, PyObject self, Impl impl) {
        this(name, owner, self, impl, false);
    }

    public PyBuiltinFunction(String name, PyType owner, PyObject self, Impl impl, boolean wrapper) {
        this.name = name;
        this.owner = owner;
        this.self = self;
        this.impl = impl;
        this.wrapper = wrapper;
    }

    /** A method of {@code owner} bound to {@code obj}. */
    public PyBuiltinFunction bind(PyObject obj) {
        PyBuiltinFunction b = new PyBuiltinFunction(name, owner, obj, impl, wrapper);
        b.fast1 = fast1;
        b.fast2 = fast2;
        b.fast3 = fast3;
        return b;
    }

    /**
     * Calls the function: a bound method gets its object as the first argument; an unbound
     * method descriptor checks that its first argument is an instance of its type.
     */
    // CPython: Objects/descrobject.c method_vectorcall_*, descr_check
    public PyObject call(PyObject[] args, PyTuple kwnames) {
        // A module's function (self is the module, as CPython's m_self; no owner type) takes no
        // self argument; a module's bound method (m.__init__) does.
        if (self != null && (owner != null || !(self instanceof PyModule))) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return impl.call(all, kwnames);
        }
        if (owner != null) {
            int npos = args.length - (kwnames == null ? 0 : kwnames.items.length);
            if (npos == 0) {
                if (wrapper) throw new PyException("TypeError", "descriptor '" + name + "' of '" + owner.name() + "' object needs an argument");
                throw new PyException("TypeError", "unbound method " + owner.name() + "." + name + "() needs an argument");
            }
            if (!args[0].type().isSubtype(owner)) {
                if (wrapper) {
                    throw new PyException("TypeError", "descriptor '" + name + "' requires a '" + owner.name()
                            + "' object but received a '" + args[0].typeName() + "'");
                }
                throw new PyException("TypeError", "descriptor '" + name + "' for '" + owner.name()
                        + "' objects doesn't apply to a '" + args[0].typeName() + "' object");
            }
        }
        return impl.call(args, kwnames);
    }

    /** This module function with its module as {@code __self__} (CPython's m_self). */
    // CPython: Objects/moduleobject.c _add_methods_to_object
    public PyBuiltinFunction ofModule(PyModule module) {
        PyBuiltinFunction b = new PyBuiltinFunction(name, null, module, impl, wrapper);
        b.fast1 = fast1;
        b.fast2 = fast2;
        b.fast3 = fast3;
        return b;
    }

    /**
     * A built-in type's class method as seen through {@code type.name}: a builtin method bound
     * to the type, as CPython's classmethod_descriptor gives ({@code dict.fromkeys} is a
     * builtin_function_or_method whose {@code __self__} is dict, and profilers see it so).
     * Only for the Java implementation of such a method (no owner, not bound yet).
     */
    // CPython: Objects/descrobject.c classmethod_get
    public static PyObject classMethodGet(PyObject callable, PyObject type) {
        if (callable instanceof PyBuiltinFunction b && b.owner == null && b.self == null && !b.wrapper) {
            return new PyBuiltinFunction(b.name, null, type, b.impl);
        }
        return new PyMethod(callable, type);
    }

    /** This function as a static method of the built-in type {@code type} (see {@link #staticOf}). */
    public PyBuiltinFunction staticOf(PyType type) {
        staticOf = type;
        return this;
    }

    /** Whether this is an unbound method of a type (a method descriptor). */
    public boolean isDescriptor() {
        return owner != null && self == null;
    }

    @Override
    public PyType type() {
        if (wrapper) return isDescriptor() ? WRAPPER_DESCRIPTOR_TYPE : METHOD_WRAPPER_TYPE;
        return isDescriptor() ? METHOD_DESCRIPTOR_TYPE : BUILTIN_FUNCTION_TYPE;
    }

    // CPython: Objects/methodobject.c meth_repr, Objects/descrobject.c method_repr, wrapperdescr_repr, wrapper_repr
    @Override
    public String repr() {
        if (wrapper && owner != null) {
            if (self == null) return "<slot wrapper '" + name + "' of '" + owner.name() + "' objects>";
            return "<method-wrapper '" + name + "' of " + self.typeName() + " object at 0x"
                    + PyHash.addressHex(self) + ">";
        }
        if (isDescriptor()) return "<method '" + name + "' of '" + owner.name() + "' objects>";
        if (staticOf != null) return "<built-in method " + name + " of type object at 0x" + PyHash.addressHex(staticOf) + ">";
        if (self == null || (owner == null && self instanceof PyModule)) return "<built-in function " + name + ">";
        return "<built-in method " + name + " of " + self.typeName() + " object at 0x"
                + PyHash.addressHex(self) + ">";
    }
}
