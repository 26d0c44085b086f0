package dev.pyjama.modules;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyStr;

/** {@code errno}: the error numbers as names, and {@code errorcode} from number to the first name. */
// CPython: Modules/errnomodule.c errno_exec
public final class ErrnoModule {
    private ErrnoModule() {}

    public static PyModule create(dev.pyjama.interp.Interpreter interp) {
        PyModule m = ModuleSupport.module("errno");
        PyDict errorcode = new PyDict();
        ModuleSupport.set(m, "errorcode", errorcode);
        for (int i = 0; i < ErrnoTable.NAMES.length; i++) {
            PyStr name = PyStr.of(ErrnoTable.NAMES[i]);
            PyInt num = PyInt.of(ErrnoTable.NUMBERS[i]);
            m.dict.put(name, num);
            errorcode.put(num, name);
        }
        return m;
    }
}
