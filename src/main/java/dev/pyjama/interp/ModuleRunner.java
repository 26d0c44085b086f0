package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code pyjama -m NAME}: finds the module's source (a package runs its {@code __main__}),
 * imports the parent packages, and runs the source as {@code __main__} with {@code sys.argv[0]}
 * set to its path.
 */
// CPython: Lib/runpy.py _run_module_as_main, _get_module_details
public final class ModuleRunner {
    private ModuleRunner() {}

    /** The exit status; "No module named ..." on the error stream (status 1) when there is nothing to run. */
    public static int run(Interpreter interp, String name, String executable) {
        Path file;
        String pkg;
        try {
            String target = name;
            Path found = find(interp, target);
            if (found != null && found.getFileName().toString().equals("__init__.py")) {
                // a package: import it, then run its __main__ submodule
                Importer.importModule(target);
                target = name + ".__main__";
                found = find(interp, target);
                if (found == null) {
                    interp.err.println(executable + ": No module named " + target + "; '" + name
                            + "' is a package and cannot be directly executed");
                    return 1;
                }
            }
            if (found == null) {
                interp.err.println(executable + ": No module named " + name);
                return 1;
            }
            file = found;
            int dot = target.lastIndexOf('.');
            pkg = dot < 0 ? "" : target.substring(0, dot);
        } catch (PyException e) {
            // CPython: Lib/runpy.py _get_module_details (an error while importing the parent packages)
            interp.err.println(executable + ": Error while finding module specification for " + PyStr.repr(name) + " ("
                    + e.value().type().name() + ": " + Abstract.str(e.value()).value + ")");
            return 1;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            interp.err.println(executable + ": can't read " + file + ": " + e.getMessage());
            return 1;
        }
        PyObject argv = interp.sys.dict.get(PyStr.of("argv"));
        if (argv instanceof PyList l && !l.items.isEmpty()) l.items.set(0, PyStr.of(file.toString()));
        PyCode code;
        try {
            code = Importer.compile(source, file.toString(), interp);
        } catch (PyException e) {
            return interp.handleUncaught(e.value());
        }
        return interp.runMain(code, file.toString(), pkg);
    }

    /** The source file of module {@code name} ({@code __init__.py} for a package), or null; imports the parents. */
    private static Path find(Interpreter interp, String name) {
        int dot = name.lastIndexOf('.');
        PyList search = interp.path;
        if (dot >= 0) {
            PyModule parent = Importer.importModule(name.substring(0, dot));
            if (!(parent.dict.get(PyStr.of("__path__")) instanceof PyList pl)) return null;
            search = pl;
        }
        String last = name.substring(dot + 1);
        for (PyObject entry : search.items) {
            if (!(entry instanceof PyStr s)) continue;
            Path base = s.value.isEmpty() ? interp.cwd : interp.cwd.resolve(s.value);
            Path init = base.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(init)) return init;
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) return file;
        }
        return null;
    }
}
