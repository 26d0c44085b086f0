package dev.pyjama.modules;

import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.Typing;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyTypeAlias;
import dev.pyjama.objects.PyTypeParam;

/** {@code _typing}: the typing objects pyjama makes in Java, for Lib/typing.py to import. */
// CPython: Modules/_typingmodule.c, Objects/typevarobject.c
public final class TypingModule {
    private TypingModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_typing");
        ModuleSupport.def(m, "_idfunc", (a, kw) -> ModuleSupport.one("_idfunc", a, kw));
        ModuleSupport.set(m, "TypeVar", PyTypeParam.TYPEVAR);
        ModuleSupport.set(m, "ParamSpec", PyTypeParam.PARAMSPEC);
        ModuleSupport.set(m, "TypeVarTuple", PyTypeParam.TYPEVARTUPLE);
        ModuleSupport.set(m, "ParamSpecArgs", dev.pyjama.interp.TypingBridge.PARAMSPEC_ARGS);
        ModuleSupport.set(m, "ParamSpecKwargs", dev.pyjama.interp.TypingBridge.PARAMSPEC_KWARGS);
        ModuleSupport.set(m, "TypeAliasType", PyTypeAlias.TYPE);
        ModuleSupport.set(m, "Generic", Typing.GENERIC);
        ModuleSupport.set(m, "NoDefault", PyTypeParam.NO_DEFAULT);
        return m;
    }
}
