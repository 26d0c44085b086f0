package dev.pyjama.compiler;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;
import dev.pyjama.testing.CPython313;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs tools/compiler/backend_oracle.py under CPython 3.13 and compares pyjama's back end
 * with each stage CPython printed: the optimiser alone (as CPython's test hook runs it) and
 * the whole back end against compile()'s code object.
 */
final class BackendChecker {
    private BackendChecker() {}

    static final Path ORACLE = Path.of("tools", "compiler", "backend_oracle.py");

    /** Streams the oracle's units for {@code args} (files, directories, options) to {@code sink}. */
    static void run(List<String> args, Consumer<OracleUnit> sink) {
        CPython313.require();
        List<String> command = new ArrayList<>(dev.pyjama.tools.CPython.command());
        command.add(ORACLE.toString());
        command.addAll(args);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().remove("PYTHONPATH");
            Process p = pb.start();
            p.getOutputStream().close();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8), 1 << 16)) {
                String[] file = {null};
                OracleUnit u;
                while ((u = OracleUnit.read(in, file)) != null) {
                    sink.accept(u);
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the oracle did not finish");
            }
            if (p.exitValue() != 0) throw new AssertionError("the oracle exited with " + p.exitValue());
        } catch (IOException e) {
            throw new AssertionError("running the oracle failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A difference between pyjama and CPython: which stage, and the first differing line. */
    record Mismatch(String file, String unit, String stage, String detail) {
        @Override
        public String toString() {
            return file + " [" + unit + "] " + stage + ": " + detail;
        }
    }

    /** Null when every stage matches. */
    static Mismatch check(OracleUnit u) {
        String unit = u.kind + " " + u.qualname;
        OracleValues values = new OracleValues();
        try {
            // Stage 1: the optimiser alone, with CPython's test-hook parameters.
            List<PyObject> consts = u.consts(values);
            InstructionSequence opt = Backend.optimizeCfg(u.sequence(), consts, u.varnames.size());
            String d = firstDifference(u.opt, OracleUnit.lines(opt));
            if (d != null) return new Mismatch(u.file, unit, "optimize_cfg", d);
            d = firstDifference(OracleValues.canon(u.optConsts(values)), OracleValues.canon(consts));
            if (d != null) return new Mismatch(u.file, unit, "optimize_cfg consts", d);

            // The assembler alone on CPython's optimiser output (module units).
            if (u.asmLine != null) {
                PyCode asm = Backend.assemble(u.asmMetadata(values), u.file, u.optSequence());
                d = firstDifference(OracleValues.canon(values.code(new OracleValues.Tokens(u.asmLine))),
                        OracleValues.canon(asm));
                if (d != null) return new Mismatch(u.file, unit, "assemble", d);
            }

            // Stage 2: optimise and assemble as compile() does (not when the constants of a
            // nested unit could not be reconstructed: the input would not be CPython's).
            if (!u.verified) return null;
            ConstCache cache = new ConstCache();
            CodeUnitMetadata md = u.metadata(values, cache);
            PyCode ours = Backend.optimizeAndAssemble(u.sequence(), md, cache, u.flags, u.file, u.nparams);
            d = firstDifference(OracleValues.canon(u.expectedFinal(values)), OracleValues.canon(ours));
            if (d != null) return new Mismatch(u.file, unit, "code object", d);
            return null;
        } catch (RuntimeException | AssertionError e) {
            return new Mismatch(u.file, unit, "exception", e + " at " + e.getStackTrace()[0]);
        }
    }

    private static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) return null;
        return firstDifference(List.of(expected.split("\n", -1)), List.of(actual.split("\n", -1)));
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "line " + i + ": expected <" + describe(expected.get(i)) + "> got <" + describe(actual.get(i)) + ">";
            }
        }
        if (expected.size() != actual.size()) {
            return "expected " + expected.size() + " lines, got " + actual.size();
        }
        return null;
    }

    /** An instruction line with the opcode's name added. */
    private static String describe(String line) {
        String[] p = line.split(" ");
        if (p.length == 6) {
            try {
                return Opcode.name(Integer.parseInt(p[0])) + " " + line;
            } catch (NumberFormatException e) {
                return line;
            }
        }
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
