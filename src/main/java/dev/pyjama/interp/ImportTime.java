package dev.pyjama.interp;

import java.nio.charset.StandardCharsets;

/**
 * {@code -X importtime} (and PYTHONPROFILEIMPORTTIME): every import that finds a module not in
 * sys.modules yet prints its own and its cumulative time in microseconds to stderr, indented by
 * how deep it was imported, after a one-line header. Parents and the imports a module's body
 * makes nest inside it, as CPython's {@code import_find_and_load} nests them.
 */
// CPython: Python/import.c import_find_and_load (import_time, IMPORT_TIME_HEADER, import_level, accumulated)
final class ImportTime {
    private ImportTime() {}

    /** What a timed import returns (its work may throw). */
    interface Load {
        dev.pyjama.objects.PyObject run();
    }

    static dev.pyjama.objects.PyObject timed(Interpreter interp, String name, Load load) {
        if (!interp.importTime) return load.run();
        if (!interp.importTimeHeaderDone) {
            interp.importTimeHeaderDone = true;
            write(interp, "import time: self [us] | cumulative | imported package\n");
        }
        int level = interp.importTimeLevel++;
        long outer = interp.importTimeAccumulated;
        interp.importTimeAccumulated = 0;
        long t1 = System.nanoTime();
        try {
            return load.run();
        } finally {
            long cumulative = System.nanoTime() - t1;
            interp.importTimeLevel = level;
            long self = cumulative - interp.importTimeAccumulated;
            write(interp, String.format("import time: %9d | %10d | %s%s%n", micros(self), micros(cumulative),
                    " ".repeat(level * 2), name));
            interp.importTimeAccumulated = outer + cumulative;
        }
    }

    // _PyTime_AsMicroseconds(t, _PyTime_ROUND_CEILING)
    private static long micros(long nanos) {
        return Math.floorDiv(nanos + 999, 1000);
    }

    private static void write(Interpreter interp, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        interp.err.write(b, 0, b.length);
        interp.err.flush();
    }
}
