package dev.pyjama.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pyjama's back end against CPython 3.13's, stage by stage, on the fixtures and the stdlib. */
class BackendOracleTest {

    @Test
    void fixtures() {
        runAndReport(List.of("tests/backend"), 0);
    }

    @Test
    void stdlib() {
        String stdlib = dev.pyjama.tools.CPython.find() == null ? "" : dev.pyjama.tools.CPython.find().stdlib();
        runAndReport(List.of(stdlib), 0);
    }

    private static void runAndReport(List<String> args, int allowed) {
        List<BackendChecker.Mismatch> mismatches = new ArrayList<>();
        int[] counts = new int[2];
        BackendChecker.run(args, u -> {
            if (u.error != null) {
                counts[1]++;
                return;
            }
            counts[0]++;
            BackendChecker.Mismatch m = BackendChecker.check(u);
            if (m != null) mismatches.add(m);
        });
        System.out.println("back end: " + (counts[0] - mismatches.size()) + "/" + counts[0]
                + " units identical to CPython (" + counts[1] + " files CPython rejects)");
        for (int i = 0; i < Math.min(40, mismatches.size()); i++) System.out.println("  " + mismatches.get(i));
        assertTrue(mismatches.size() <= allowed, mismatches.size() + " mismatches");
    }
}
