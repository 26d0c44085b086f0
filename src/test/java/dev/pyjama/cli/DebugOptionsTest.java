package dev.pyjama.cli;


import dev.pyjama.testing.CPython313;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What -S, -O, -X dev, -X faulthandler, -E/-I and PYTHONBREAKPOINT / PYTHONFAULTHANDLER /
 * PYTHONDEVMODE change for debugging tools: sys.flags, sys._xoptions, __debug__ and asserts,
 * the builtins site.py adds, faulthandler.is_enabled(), the breakpoint hook and asyncio's debug
 * mode, against CPython 3.13 run the same way.
 */
class DebugOptionsTest {
    @TempDir Path dir;

    static final String PROGRAM = "import sys, builtins, faulthandler, os\n"
            + "f = sys.flags\n"
            + "print(f.optimize, f.no_site, f.dev_mode, f.ignore_environment, f.isolated, f.safe_path, f.bytes_warning, f.quiet)\n"
            + "print(sys._xoptions)\n"
            + "print(__debug__, builtins.__debug__, [n for n in ('exit', 'quit', 'help', 'copyright', 'credits', 'license')"
            + " if hasattr(builtins, n)])\n"
            + "try:\n"
            + "    assert False, 'asserts run'\n"
            + "    print('asserts skipped')\n"
            + "except AssertionError as e:\n"
            + "    print(e)\n"
            + "print(faulthandler.is_enabled())\n"
            + "if os.environ.get('PYTHONBREAKPOINT') and not f.ignore_environment:\n"
            + "    print(breakpoint('5'))\n"
            // asyncio's import is slow on a cold JVM: only where its debug mode is at stake
            + "if f.dev_mode or os.environ.get('PYTHONASYNCIODEBUG'):\n"
            + "    import asyncio\n"
            + "    async def main():\n"
            + "        return asyncio.get_running_loop().get_debug(), sys.get_coroutine_origin_tracking_depth()\n"
            + "    print(asyncio.run(main()))\n";

    @Test
    void sameAsCPython() throws Exception {
        CPython313.require();
        Path prog = dir.toRealPath().resolve("prog.py");
        Files.writeString(prog, PROGRAM);
        SideBySide both = new SideBySide(dir);
        Map<String, String> none = Map.of();
        Object[][] cases = {
            {List.of(), none}, {List.of("-S"), none}, {List.of("-O"), none},
            {List.of("-X", "dev"), none}, {List.of("-X", "faulthandler", "-X", "a=b"), none},
            {List.of(), Map.of("PYTHONFAULTHANDLER", "1", "PYTHONBREAKPOINT", "int")}, {List.of(), Map.of("PYTHONDEVMODE", "1")},
            {List.of("-E"), Map.of("PYTHONFAULTHANDLER", "1")},
            {List.of("-I", "-q"), none}, {List.of(), Map.of("PYTHONASYNCIODEBUG", "1")}};
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<String> opts = (List<String>) c[0];
            @SuppressWarnings("unchecked")
            Map<String, String> e = (Map<String, String>) c[1];
            List<String> args = new ArrayList<>(opts);
            args.add(prog.toString());
            both.assertSame(args, e, null);
        }
    }
}
