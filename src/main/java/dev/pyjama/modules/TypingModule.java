package dev.pyjama.modules;

import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.Typing;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.PyTypeAlias;
import dev.pyjama.objects.PyTypeParam;

/** {@code _typing}: the typing objects pyjama makes in Java, for Lib/typing.py to import. */
// CPython: Modules/_typingmodule.c, Objects/typevarobject.c
public final class TypingModule {
    private TypingModule() {}

    static final PyType PARAMSPEC_ARGS = PyType.builtin("typing.ParamSpecArgs", null);
    static final PyType PARAMSPEC_KWARGS = PyType.builtin("typing.ParamSpecKwargs", null);

    static {
        for (PyType t : new PyType[] {PARAMSPEC_ARGS, PARAMSPEC_KWARGS}) {
            t.instanceClass = PyInstance.class;
            t.instanceDict = true;
            BuiltinTypes.newMethod(t, (args, kw) -> dev.pyjama.interp.Types.newInstance((PyType) args[0]));
            BuiltinTypes.put(t, "__init__", (args, kw) -> {
                ((PyInstance) args[0]).dict.put(PyStr.of("__origin__"), args[1]);
                return PyNone.NONE;
            });
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_typing");
        ModuleSupport.def(m, "_idfunc", (a, kw) -> ModuleSupport.one("_idfunc", a, kw));
        ModuleSupport.set(m, "TypeVar", PyTypeParam.TYPEVAR);
        ModuleSupport.set(m, "ParamSpec", PyTypeParam.PARAMSPEC);
        ModuleSupport.set(m, "TypeVarTuple", PyTypeParam.TYPEVARTUPLE);
        ModuleSupport.set(m, "ParamSpecArgs", PARAMSPEC_ARGS);
        ModuleSupport.set(m, "ParamSpecKwargs", PARAMSPEC_KWARGS);
        ModuleSupport.set(m, "TypeAliasType", PyTypeAlias.TYPE);
        ModuleSupport.set(m, "Generic", Typing.GENERIC);
        ModuleSupport.set(m, "NoDefault", PyTypeParam.NO_DEFAULT);
        return m;
    }
}
