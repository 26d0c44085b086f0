// ns (thread CPU time) per call of the old (StrictMath / Math.log ratio) and new (Math, Libm)
// implementations behind pyjama's math functions, A/B in one process.
// Usage: java --class-path target/classes tools/libm/LibmBench.java
import java.lang.invoke.*;
import java.lang.management.ManagementFactory;
import java.util.function.DoubleUnaryOperator;

public class LibmBench {
    static double sink;

    static double time(DoubleUnaryOperator f) {
        var bean = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            long t = bean.getCurrentThreadCpuTime();
            double s = 0;
            for (int i = 0; i < 1_000_000; i++) s += f.applyAsDouble(0.3 + i * 1e-5);
            sink += s;
            best = Math.min(best, (bean.getCurrentThreadCpuTime() - t) / 1e6);
        }
        return best;
    }

    static DoubleUnaryOperator libm(String name) throws Throwable {
        Class<?> c = Class.forName("dev.pyjama.modules.Libm");
        MethodHandles.Lookup l = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
        MethodHandle h = l.findStatic(c, name, MethodType.methodType(double.class, double.class));
        return x -> {
            try {
                return (double) h.invokeExact(x);
            } catch (Throwable e) {
                throw new RuntimeException(e);
            }
        };
    }

    static void row(String name, DoubleUnaryOperator old, DoubleUnaryOperator now) {
        System.out.printf("%-6s old %6.1f ns  new %6.1f ns%n", name, time(old), time(now));
    }

    public static void main(String[] a) throws Throwable {
        row("exp", StrictMath::exp, Math::exp);
        row("log", Math::log, Math::log);
        row("sin", StrictMath::sin, Math::sin);
        row("cos", StrictMath::cos, Math::cos);
        row("tan", StrictMath::tan, Math::tan);
        row("log2", x -> Math.log(x) / Math.log(2), libm("log2"));
        row("log10", Math::log10, libm("log10"));
        row("cbrt", StrictMath::cbrt, libm("cbrt"));
        row("sinh", StrictMath::sinh, libm("sinh"));
        row("cosh", StrictMath::cosh, libm("cosh"));
        row("pow", x -> Math.pow(x, 1.7), x -> Math.pow(x, 1.7));
        System.out.println(sink == 42 ? "" : "");
    }
}
