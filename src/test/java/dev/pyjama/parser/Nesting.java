package dev.pyjama.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deeply nested sources: every construct that makes CPython's tokenizer or parser recurse
 * or count (brackets, f-strings, unary operators, lambdas, conditionals, blocks,
 * indentation...), and long left-recursive chains that make deep trees without deep
 * recursion. Depths cluster around CPython's limits: 100 indentation levels, 150 f-string
 * levels, 200 brackets, and 6000 parser rule levels.
 */
final class Nesting {
    private Nesting() {}

    /** The constructs, by name. */
    static final String[] KINDS = {
        "paren", "paren-open", "bracket", "brace", "mixed", "dict", "call", "subscript", "fstring",
        "fstring-spec", "minus", "not", "tilde", "await", "lambda", "lambda-arg", "lambda-default",
        "ternary", "power", "star", "walrus", "elif", "if-block", "tab-block", "def", "class",
        "decorator", "comprehension", "strings", "compare", "assign", "tuple", "and", "unary-mix",
        "chain-subscript", "chain-attr", "chain-call", "chain-plus", "chain-or", "for-target",
        "match", "type-alias", "continuation", "genexp", "yield", "else-block",
    };

    /** Kinds whose depth is a left-recursive chain: a deep tree, little recursion. */
    static boolean isChain(String kind) {
        return kind.startsWith("chain-");
    }

    /** Kinds nested by indentation. */
    static boolean isBlock(String kind) {
        return kind.equals("if-block") || kind.equals("tab-block") || kind.equals("def") || kind.equals("class")
                || kind.equals("else-block");
    }

    private static final int[] THRESHOLDS = {
        1, 2, 50, 98, 99, 100, 101, 148, 149, 150, 151, 198, 199, 200, 201, 202, 300, 500, 999,
        1000, 1001, 1500, 1999, 2000, 2001, 2999, 3000, 3001, 4000, 5000, 5999, 6000, 6001, 10000,
    };

    /** A random construct at a random depth; {@code chain[0]} gets the chain length for chain kinds. */
    static byte[] random(Random r, int[] chain) {
        String kind = KINDS[r.nextInt(KINDS.length)];
        int n;
        int pick = r.nextInt(10);
        if (pick < 5) {
            n = THRESHOLDS[r.nextInt(THRESHOLDS.length)];
        } else if (pick < 9) {
            n = 1 + r.nextInt(1200);
        } else {
            n = 1 + r.nextInt(20000);
        }
        if (isBlock(kind)) {
            // Indented blocks grow quadratically with depth, and past CPython's 100 levels
            // they all end in the same IndentationError: stay near the limit.
            n = 1 + n % 160;
        }
        chain[0] = isChain(kind) ? n : 0;
        byte[] src = source(kind, n);
        if (r.nextInt(5) == 0) {
            // A damaged variant: cut short anywhere.
            int cut = r.nextInt(src.length + 1);
            src = java.util.Arrays.copyOf(src, cut);
        }
        return src;
    }

    /** The fixed deep-nesting cases every run checks against CPython. */
    static List<FuzzInputs.Input> fixedCases() {
        Object[][] cases = {
            {"paren", new int[] {100, 199, 200, 201, 1000}},
            {"paren-open", new int[] {199, 200, 201, 10000}},
            {"bracket", new int[] {199, 200, 201, 1000, 10000}},
            {"brace", new int[] {199, 200, 201}},
            {"dict", new int[] {199, 200, 201}},
            {"call", new int[] {199, 200, 201}},
            {"subscript", new int[] {199, 200, 201}},
            {"mixed", new int[] {199, 200, 201}},
            {"fstring", new int[] {100, 148, 149, 150, 151, 1000, 10000}},
            {"fstring-spec", new int[] {2, 3, 4, 100}},
            {"minus", new int[] {100, 1000, 1999, 2000, 2001, 5999, 6000, 10000}},
            {"not", new int[] {100, 1000, 1999, 2000, 2001, 10000}},
            {"tilde", new int[] {1000, 10000}},
            {"await", new int[] {1000, 10000}},
            {"lambda", new int[] {100, 1000, 10000}},
            {"lambda-arg", new int[] {1000, 10000}},
            {"lambda-default", new int[] {100, 199, 200}},
            {"ternary", new int[] {100, 1000, 10000}},
            {"power", new int[] {100, 1000, 10000}},
            {"star", new int[] {100, 1000}},
            {"walrus", new int[] {199, 200}},
            {"elif", new int[] {100, 1000, 10000}},
            {"if-block", new int[] {98, 99, 100, 101}},
            {"tab-block", new int[] {98, 99, 100, 101}},
            {"def", new int[] {98, 99, 100, 101}},
            {"class", new int[] {99, 100, 101}},
            {"else-block", new int[] {99, 100, 101}},
            {"decorator", new int[] {1000, 10000}},
            {"comprehension", new int[] {100, 199, 200}},
            {"genexp", new int[] {100, 199, 200}},
            {"yield", new int[] {100, 199, 200}},
            {"strings", new int[] {10000}},
            {"compare", new int[] {10000}},
            {"assign", new int[] {10000}},
            {"tuple", new int[] {10000}},
            {"and", new int[] {10000}},
            {"unary-mix", new int[] {1000, 10000}},
            {"chain-subscript", new int[] {1000, 5000}},
            {"chain-attr", new int[] {1000, 5000}},
            {"chain-call", new int[] {1000, 5000}},
            {"chain-plus", new int[] {1000, 5000}},
            {"chain-or", new int[] {1000, 5000}},
            {"for-target", new int[] {199, 200}},
            {"match", new int[] {100, 199, 200}},
            {"type-alias", new int[] {199, 200, 1000}},
            {"continuation", new int[] {10000}},
        };
        List<FuzzInputs.Input> out = new ArrayList<>();
        for (Object[] c : cases) {
            String kind = (String) c[0];
            for (int n : (int[]) c[1]) {
                out.add(new FuzzInputs.Input("deep-" + kind + "-" + n, source(kind, n), true));
            }
        }
        return out;
    }

    /** The source for construct {@code kind} nested {@code n} deep. */
    static byte[] source(String kind, int n) {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case "paren": sb.append("x = ").append("(".repeat(n)).append('1').append(")".repeat(n)); break;
            case "paren-open": sb.append("x = ").append("(".repeat(n)); break;
            case "bracket": sb.append("x = ").append("[".repeat(n)).append("]".repeat(n)); break;
            case "brace": sb.append("x = ").append("{".repeat(n)).append("}".repeat(n)); break;
            case "mixed": {
                String open = "([{", close = ")]}";
                StringBuilder closes = new StringBuilder();
                sb.append("x = ");
                for (int i = 0; i < n; i++) {
                    int k = (i * 7 + i / 3) % 3;
                    sb.append(open.charAt(k));
                    closes.append(close.charAt(k));
                }
                sb.append(closes.reverse());
                break;
            }
            case "dict": sb.append("x = ").append("{1: ".repeat(n)).append('1').append("}".repeat(n)); break;
            case "call": sb.append("x = ").append("f(".repeat(n)).append(")".repeat(n)); break;
            case "subscript": sb.append("x = ").append("a[".repeat(n)).append('0').append("]".repeat(n)); break;
            case "fstring": sb.append("x = ").append("f\"{".repeat(n)).append('1').append("}\"".repeat(n)); break;
            case "fstring-spec": sb.append("x = f'").append("{x:".repeat(n)).append('1').append("}".repeat(n)).append('\''); break;
            case "minus": sb.append("x = ").append("-".repeat(n)).append('1'); break;
            case "not": sb.append("x = ").append("not ".repeat(n)).append('x'); break;
            case "tilde": sb.append("x = ").append("~".repeat(n)).append('1'); break;
            case "await": sb.append("async def f():\n    return ").append("await ".repeat(n)).append('x'); break;
            case "lambda": sb.append("f = ").append("lambda: ".repeat(n)).append('0'); break;
            case "lambda-arg": sb.append("f = ").append("lambda x: ".repeat(n)).append('x'); break;
            case "lambda-default": sb.append("f = ").append("lambda a=".repeat(n)).append('1').append(": 0".repeat(n)); break;
            case "ternary": sb.append("x = ").append("a if b else ".repeat(n)).append('c'); break;
            case "power": sb.append("x = ").append("2**".repeat(n)).append('2'); break;
            case "star": sb.append("x = ").append("*".repeat(n)).append('a'); break;
            case "walrus": sb.append("x = ").append("(a := ".repeat(n)).append('1').append(")".repeat(n)); break;
            case "elif": sb.append("if x:\n    pass\n").append("elif x:\n    pass\n".repeat(n)).append("else:\n    pass"); break;
            case "if-block":
                for (int i = 0; i < n; i++) sb.append(" ".repeat(i)).append("if x:\n");
                sb.append(" ".repeat(n)).append("pass");
                break;
            case "tab-block":
                for (int i = 0; i < n; i++) sb.append("\t".repeat(i)).append("while x:\n");
                sb.append("\t".repeat(n)).append("break");
                break;
            case "def":
                for (int i = 0; i < n; i++) sb.append("  ".repeat(i)).append("def f():\n");
                sb.append("  ".repeat(n)).append("return 1");
                break;
            case "class":
                for (int i = 0; i < n; i++) sb.append(" ".repeat(i)).append("class C:\n");
                sb.append(" ".repeat(n)).append("x = 1");
                break;
            case "else-block":
                for (int i = 0; i < n; i++) sb.append(" ".repeat(i)).append("if x: pass\n").append(" ".repeat(i)).append("else:\n");
                sb.append(" ".repeat(n)).append("pass");
                break;
            case "decorator": sb.append("@d\n".repeat(n)).append("def f(): pass"); break;
            case "comprehension": sb.append("x = ").append("[x for x in ".repeat(n)).append('y').append("]".repeat(n)); break;
            case "genexp": sb.append("x = ").append("(x for x in ".repeat(n)).append('y').append(")".repeat(n)); break;
            case "yield": sb.append("def g():\n    x = ").append("(yield ".repeat(n)).append(")".repeat(n)); break;
            case "strings": sb.append("x = ").append("'a' ".repeat(n)); break;
            case "compare": sb.append("x = ").append("a < ".repeat(n)).append('b'); break;
            case "assign": sb.append("a = ".repeat(n)).append('1'); break;
            case "tuple": sb.append("x = ").append("a, ".repeat(n)); break;
            case "and": sb.append("x = ").append("a and ".repeat(n)).append('b'); break;
            case "unary-mix":
                sb.append("x = ");
                for (int i = 0; i < n; i++) sb.append("-+~".charAt((i * 5 + i / 7) % 3));
                sb.append('1');
                break;
            case "chain-subscript": sb.append("x = a").append("[0]".repeat(n)); break;
            case "chain-attr": sb.append("x = a").append(".b".repeat(n)); break;
            case "chain-call": sb.append("x = f").append("()".repeat(n)); break;
            case "chain-plus": sb.append("x = 1").append(" + 1".repeat(n)); break;
            case "chain-or": sb.append("x = a").append(" | a".repeat(n)); break;
            case "for-target": sb.append("for ").append("(".repeat(n)).append('a').append(")".repeat(n)).append(" in x: pass"); break;
            case "match": sb.append("match x:\n    case ").append("[".repeat(n)).append('a').append("]".repeat(n)).append(":\n        pass"); break;
            case "type-alias": sb.append("type A = ").append("list[".repeat(n)).append("int").append("]".repeat(n)); break;
            case "continuation": sb.append("x = 1 \\\n".repeat(n)).append("+ 1"); break;
            default: throw new IllegalArgumentException(kind);
        }
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
