package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyStr;

/**
 * {@code _warnings}, the built-in half of the warnings machinery, reduced to what importlib's
 * bootstrap needs: the module exists (``_bootstrap._setup`` loads it by name) and its
 * {@code warn}/{@code warn_explicit} hand over to CPython's pure-Python {@code warnings}
 * module. It does not export {@code filters}, so {@code warnings.py} keeps its own Python
 * implementation (its ``from _warnings import ...`` fails and it falls back, as it is written to).
 */
// CPython: Python/_warnings.c
public final class WarningsModule {
    private WarningsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_warnings");
        def(m, "warn", (a, kw) -> Abstract.call(Abstract.getattr(Importer.importModule("warnings"), PyStr.of("warn")), a, kw));
        def(m, "warn_explicit", (a, kw) ->
                Abstract.call(Abstract.getattr(Importer.importModule("warnings"), PyStr.of("warn_explicit")), a, kw));
        return m;
    }
}
