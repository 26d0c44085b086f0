// Reads probe.py's CPython output (stdin) and prints, per function and range, how many results
// of java.lang.Math and java.lang.StrictMath differ from CPython's (glibc's) result.
// Usage: python3.13 tools/libm/probe.py | java tools/libm/JavaMathProbe.java
import java.io.*;
import java.util.*;
import java.util.function.*;

public class JavaMathProbe {
    static double h(String s) { return Double.parseDouble(s.contains("0x") ? s.replace("0x", "0x") + (s.contains("p") ? "" : "p0") : s); }
    public static void main(String[] a) throws IOException {
        Map<String, DoubleBinaryOperator> m = new HashMap<>(), s = new HashMap<>();
        m.put("exp", (x, y) -> Math.exp(x)); s.put("exp", (x, y) -> StrictMath.exp(x));
        m.put("log", (x, y) -> Math.log(x)); s.put("log", (x, y) -> StrictMath.log(x));
        m.put("sin", (x, y) -> Math.sin(x)); s.put("sin", (x, y) -> StrictMath.sin(x));
        m.put("cos", (x, y) -> Math.cos(x)); s.put("cos", (x, y) -> StrictMath.cos(x));
        m.put("tan", (x, y) -> Math.tan(x)); s.put("tan", (x, y) -> StrictMath.tan(x));
        m.put("log10", (x, y) -> Math.log10(x)); s.put("log10", (x, y) -> StrictMath.log10(x));
        m.put("log2", (x, y) -> Math.log(x) / Math.log(2)); s.put("log2", (x, y) -> StrictMath.log(x) / StrictMath.log(2));
        m.put("atan", (x, y) -> Math.atan(x)); s.put("atan", (x, y) -> StrictMath.atan(x));
        m.put("exp2", (x, y) -> Math.pow(2, x)); s.put("exp2", (x, y) -> StrictMath.pow(2, x));
        m.put("expm1", (x, y) -> Math.expm1(x)); s.put("expm1", (x, y) -> StrictMath.expm1(x));
        m.put("log1p", (x, y) -> Math.log1p(x)); s.put("log1p", (x, y) -> StrictMath.log1p(x));
        m.put("sinh", (x, y) -> Math.sinh(x)); s.put("sinh", (x, y) -> StrictMath.sinh(x));
        m.put("cosh", (x, y) -> Math.cosh(x)); s.put("cosh", (x, y) -> StrictMath.cosh(x));
        m.put("tanh", (x, y) -> Math.tanh(x)); s.put("tanh", (x, y) -> StrictMath.tanh(x));
        m.put("asin", (x, y) -> Math.asin(x)); s.put("asin", (x, y) -> StrictMath.asin(x));
        m.put("acos", (x, y) -> Math.acos(x)); s.put("acos", (x, y) -> StrictMath.acos(x));
        m.put("cbrt", (x, y) -> Math.cbrt(x)); s.put("cbrt", (x, y) -> StrictMath.cbrt(x));
        m.put("sqrt", (x, y) -> Math.sqrt(x)); s.put("sqrt", (x, y) -> StrictMath.sqrt(x));
        m.put("pow", Math::pow); s.put("pow", StrictMath::pow);
        m.put("atan2", Math::atan2); s.put("atan2", StrictMath::atan2);
        m.put("hypot", Math::hypot); s.put("hypot", StrictMath::hypot);
        Map<String, int[]> counts = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split(" ");
            if (!f[4].startsWith("0x") && !f[4].startsWith("-0x") && !f[4].equals("inf") && !f[4].equals("nan")) continue;
            double x = Double.parseDouble(f[2]), y = f[3].equals("-") ? 0 : Double.parseDouble(f[3]);
            double ref = parse(f[4]);
            int[] c = counts.computeIfAbsent(f[0] + " " + f[1], k -> new int[3]);
            c[0]++;
            if (Double.doubleToLongBits(m.get(f[0]).applyAsDouble(x, y)) != Double.doubleToLongBits(ref)) c[1]++;
            if (Double.doubleToLongBits(s.get(f[0]).applyAsDouble(x, y)) != Double.doubleToLongBits(ref)) c[2]++;
        }
        System.out.printf("%-22s %6s %8s %8s%n", "function range", "n", "Math", "Strict");
        counts.forEach((k, c) -> System.out.printf("%-22s %6d %8d %8d%n", k, c[0], c[1], c[2]));
    }
    static double parse(String s) {
        if (s.equals("inf")) return Double.POSITIVE_INFINITY;
        if (s.equals("-inf")) return Double.NEGATIVE_INFINITY;
        if (s.equals("nan")) return Double.NaN;
        return Double.parseDouble(s);
    }
}
