package dev.pyjama.cli;


import dev.pyjama.testing.CPython313;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main module as each way of starting sets it up (script, -c, -m module, -m package, stdin):
 * its names and their types, the -c source in linecache (warnings, tracebacks and inspect show its
 * lines), and the flags and environment variables that change sys.flags, os.cpu_count(),
 * __debug__, the int digit limit and sys.path[0]; each against CPython 3.13 run the same way.
 */
class MainNamespaceTest {
    @TempDir Path dir;

    /** The names of the main module, with the types of the values (not __loader__'s and __spec__'s: importlib's in CPython). */
    static final String GLOBALS = "g = dict(globals())\n"
            + "print(sorted(g), [(k, type(v).__name__) for k, v in sorted(g.items()) if k not in ('__loader__', '__spec__')])\n"
            + "print(g['__builtins__'] is __import__('builtins'), g['__annotations__'])\n";

    static final String COMMAND = "import warnings, linecache, traceback, sys\n"
            + "warnings.warn('w')\n"
            + "print(repr(linecache.getline('<string>', 2)))\n"
            + "def f():\n"
            + "    return 1\n"
            + "import inspect\n"
            + "print(inspect.getsource(f), end='')\n"
            + "traceback.print_stack(file=sys.stdout)\n"
            + "1/0\n";

    static final String FLAGS = "import sys, os\n"
            + "print(tuple(sys.flags), os.cpu_count() == 3, __debug__, sys.get_int_max_str_digits())\n"
            + "print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n"
            + "try:\n"
            + "    assert False, 'assert ran'\n"
            + "except AssertionError as e:\n"
            + "    print('assert', e)\n"
            + "open(__file__).close()\n";

    @Test
    void mainModuleAsCPython() throws Exception {
        CPython313.require();
        Files.writeString(dir.resolve("prog.py"), GLOBALS);
        Files.writeString(dir.resolve("mod.py"), GLOBALS);
        Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/__main__.py"), GLOBALS);
        Map<String, String> none = Map.of();
        compare(List.of("prog.py"), none, null);
        compare(List.of("-c", GLOBALS), none, null);
        compare(List.of("-m", "mod"), none, null);
        compare(List.of("-m", "pkg"), none, null);
        compare(List.of(), none, GLOBALS);
        compare(List.of("-c", COMMAND), none, null);
    }

    @Test
    void flagsAndEnvironmentAsCPython() throws Exception {
        CPython313.require();
        Files.writeString(dir.resolve("flags.py"), FLAGS);
        List<String> prog = List.of("flags.py");
        compare(prog, Map.of(), null);
        compare(List.of("-X", "utf8", "-X", "cpu_count=3", "-X", "int_max_str_digits=700", "-d", "flags.py"), Map.of(), null);
        compare(List.of("-X", "utf8=0", "-X", "warn_default_encoding", "flags.py"), Map.of("PYTHONUTF8", "1"), null);
        compare(prog, Map.of("PYTHONUTF8", "1", "PYTHONOPTIMIZE", "2", "PYTHONSAFEPATH", "1", "PYTHONINTMAXSTRDIGITS", "5000",
                "PYTHONDEBUG", "x", "PYTHONHASHSEED", "0", "PYTHONWARNDEFAULTENCODING", "1", "PYTHON_CPU_COUNT", "3"), null);
        compare(List.of("-E", "flags.py"), Map.of("PYTHONOPTIMIZE", "1", "PYTHONSAFEPATH", "1", "PYTHONHASHSEED", "0"), null);
        compare(prog, Map.of("PYTHONOPTIMIZE", "x", "PYTHONHASHSEED", "5", "PYTHONINSPECT", "1"), null);
    }

    private void compare(List<String> opts, Map<String, String> env, String stdin) throws Exception {
        new SideBySide(dir).assertSame(opts, env, stdin);
    }
}
