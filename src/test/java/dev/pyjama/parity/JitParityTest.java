package dev.pyjama.parity;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.pyjama.jit.Jit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The exec, trace, profile and monitoring areas again, with the JIT forced on: every code
 * object it can compile is compiled at its first call (threshold 0), so module bodies, every
 * function and every loop run as generated JVM code until an exception or an instrumentation
 * hands them back to the interpreter. The outputs must still be CPython's (the same
 * .expected files as ParityTest and LegacyParityTest). All fixtures of the four areas run
 * (about a minute on 2 cores). Then: something was compiled, and no generated method reached
 * HotSpot's 8000-byte limit. {@code -Dparity.area} filters as for ParityTest.
 */
class JitParityTest {
    static final List<String> AREAS = List.of("exec", "trace", "profile", "monitoring");
    private static int oldThreshold, oldMax, compiledBefore, instrumentedBefore, tracingBefore;
    private static long runsBefore;

    @BeforeAll
    static void forceJit() {
        oldThreshold = Jit.setThreshold(0);
        oldMax = Jit.setMaxCompiled(Integer.MAX_VALUE); // every fixture compiles, however many ran before
        compiledBefore = Jit.compiledCount();
        instrumentedBefore = Jit.compiledInstrumentedCount();
        tracingBefore = Jit.compiledTracingCount();
        runsBefore = Jit.instrumentedRuns;
    }

    @AfterAll
    static void restore() {
        Jit.setThreshold(oldThreshold);
        Jit.setMaxCompiled(oldMax);
    }

    @TestFactory
    Stream<DynamicNode> jitParity() {
        return Stream.concat(ParityTest.areas(AREAS::contains), Stream.of(dynamicTest("(jit)", () -> {
            int compiled = Jit.compiledCount() - compiledBefore;
            System.out.println("jit parity: " + compiled + " code objects compiled, " + Jit.refusedCount()
                    + " refused, largest method " + Jit.largestMethod() + " bytes");
            if (compiled <= 0) throw new AssertionError("the JIT compiled nothing: the forced mode is not in effect");
            // the trace, profile and monitoring fixtures run instrumented code: compiled, not interpreted
            int instrumented = Jit.compiledInstrumentedCount() - instrumentedBefore;
            long runs = Jit.instrumentedRuns - runsBefore;
            int tracing = Jit.compiledTracingCount() - tracingBefore;
            System.out.println("jit parity: " + instrumented + " instrumented forms compiled, entered " + runs + " times; "
                    + tracing + " forms for callbacks compiled");
            String only = System.getProperty("parity.area", "");
            boolean traced = only.isBlank() || List.of(only.split(",")).stream().anyMatch(a -> AREAS.contains(a) && !a.equals("exec"));
            if (traced && (instrumented < 100 || runs < 1000)) {
                throw new AssertionError("instrumented code ran in the interpreter: " + instrumented + " forms, " + runs + " entries");
            }
            // trace functions, profilers and monitoring callbacks run their form for callbacks
            if (traced && tracing < 50) throw new AssertionError("callbacks ran in the interpreter: " + tracing + " forms");
            if (Jit.largestMethod() > Jit.maxMethodBytes() || Jit.largestMethod() >= 8000) {
                throw new AssertionError("a generated method of " + Jit.largestMethod() + " bytes: HotSpot would not compile it");
            }
        })));
    }
}
