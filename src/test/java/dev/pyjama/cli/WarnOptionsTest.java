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
 * sys.warnoptions from -W, -X dev, -b/-bb, PYTHONWARNINGS and PYTHONDEVMODE (not under -E), and
 * {@code warnings} imported at start-up to apply them, against CPython 3.13 run the same way.
 */
class WarnOptionsTest {
    @TempDir Path dir;

    static final String PROGRAM = "import sys\n"
            + "print(sys.warnoptions, 'warnings' in sys.modules)\n"
            + "import warnings\n"
            + "print(warnings.filters[:4])\n"
            + "for category in (UserWarning, DeprecationWarning, BytesWarning):\n"
            + "    try:\n"
            + "        warnings.warn('w', category)\n"
            + "        print('no error', category.__name__)\n"
            + "    except Warning as e:\n"
            + "        print('raised', type(e).__name__)\n";

    @Test
    void sameAsCPython() throws Exception {
        CPython313.require();
        Path prog = dir.toRealPath().resolve("prog.py");
        Files.writeString(prog, PROGRAM);
        SideBySide both = new SideBySide(dir);
        Map<String, String> none = Map.of(), pw = Map.of("PYTHONWARNINGS", "once::UserWarning,ignore::DeprecationWarning"),
                devEnv = Map.of("PYTHONDEVMODE", "1");
        Object[][] cases = {
            {List.of(), none}, {List.of("-W", "error"), none}, {List.of("-W", "error"), pw},
            {List.of("-X", "dev", "-W", "error::DeprecationWarning"), pw}, {List.of(), devEnv},
            {List.of("-E", "-W", "always"), pw}, {List.of("-b", "-W", "ignore::UserWarning"), none}, {List.of("-bb"), none}};
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
