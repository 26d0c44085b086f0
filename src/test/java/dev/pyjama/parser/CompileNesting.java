package dev.pyjama.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sources that the parser accepts but that push the compiler's own limits: statically
 * nested blocks around CPython's 20 (loops, with, try, handlers, finally, generators and
 * async bodies all count), and left-recursive chains around the C recursion limit the AST
 * optimiser and the symbol table count against (10000 nodes, from the depth compile() was
 * called at), in every kind of place a chain can sit.
 */
final class CompileNesting {
    private CompileNesting() {}

    static final int BLOCK_CASES = 120;

    /** The fixed cases, named cn-*. */
    static List<FuzzInputs.Input> cases() {
        List<FuzzInputs.Input> out = new ArrayList<>();
        Random r = new Random(0xB10C5L);
        for (int i = 0; i < BLOCK_CASES; i++) {
            out.add(input(String.format("cn-blocks-%03d", i), blocks(r, 17 + r.nextInt(6))));
        }
        String[][] chains = {{"x", "+x"}, {"1", "+1"}, {"x", ".a"}, {"x", "()"}};
        String[] places = {
            "%s\n", "def f():\n    return %s\n", "f = lambda: %s\n", "class C:\n    y = %s\n", "f'{%s}'\n",
            "@%s\ndef f(): pass\n", "def f(a=%s): pass\n", "from __future__ import annotations\ndef f(a: %s): pass\n",
            "x: %s\n", "def f[T: %s](): pass\n", "match y:\n    case %s: pass\n", "[y for y in %s]\n",
        };
        for (int c = 0; c < chains.length; c++) {
            for (int p = 0; p < places.length; p++) {
                // 10000 minus compile()'s start depth (3 here) and the place's own levels:
                // each place's limit falls on one of these.
                for (int n : new int[] {9993, 9994, 9995, 9996}) {
                    if ((n + c + p) % 2 == 1) continue;
                    String expr = chains[c][0] + chains[c][1].repeat(n);
                    out.add(input(String.format("cn-chain-%d-%02d-%d", c, p, n), places[p].replace("%s", expr)));
                }
            }
        }
        return out;
    }

    private static FuzzInputs.Input input(String name, String source) {
        return new FuzzInputs.Input(name, source.getBytes(StandardCharsets.UTF_8), true);
    }

    private static final String[] BLOCKS = {
        "for i%d in x:", "while x:", "with x as w%d:", "try:", "try:#finally", "except", "except*", "finally",
        "if x:", "async for i%d in x:", "async with x:", "else-loop",
    };

    /** {@code depth} blocks of random kinds nested in a module, function, generator, coroutine or class body. */
    private static String blocks(Random r, int depth) {
        StringBuilder sb = new StringBuilder();
        String[] heads = {"", "def f():\n", "def g():\n    yield\n", "async def h():\n", "class C:\n",
                          "async def h():\n    yield\n"};
        String head = heads[r.nextInt(heads.length)];
        sb.append(head.isEmpty() ? "" : head.substring(0, head.indexOf('\n') + 1));
        int indent = head.isEmpty() ? 0 : 1;
        if (head.contains("yield")) sb.append("    yield\n");
        boolean async = head.startsWith("async");
        List<String> closers = new ArrayList<>();
        for (int d = 0; d < depth; d++) {
            String kind = BLOCKS[r.nextInt(BLOCKS.length)];
            if (kind.startsWith("async") && !async) kind = "while x:";
            String pad = "    ".repeat(indent);
            switch (kind) {
                case "try:#finally" -> {
                    sb.append(pad).append("try:\n");
                    closers.add(pad + "finally:\n" + pad + "    pass\n");
                }
                case "try:" -> {
                    sb.append(pad).append("try:\n");
                    closers.add(pad + "except E:\n" + pad + "    pass\n");
                }
                case "except", "except*" -> {
                    String star = kind.equals("except*") ? "*" : "";
                    sb.append(pad).append("try:\n").append(pad).append("    pass\n");
                    sb.append(pad).append("except").append(star).append(r.nextBoolean() ? " E as e" + d + ":\n" : " E:\n");
                    closers.add("");
                }
                case "finally" -> {
                    sb.append(pad).append("try:\n").append(pad).append("    pass\n").append(pad).append("finally:\n");
                    closers.add("");
                }
                case "else-loop" -> {
                    sb.append(pad).append("for z in x:\n").append(pad).append("    pass\n").append(pad).append("else:\n");
                    closers.add("");
                }
                default -> {
                    sb.append(pad).append(String.format(kind, d)).append('\n');
                    closers.add("");
                }
            }
            indent++;
        }
        String pad = "    ".repeat(indent);
        String[] leaves = {"g()", "break", "continue", "return 1", "pass", "yield 2", "await x", "[y for y in x]"};
        sb.append(pad).append(leaves[r.nextInt(leaves.length)]).append('\n');
        for (int d = closers.size() - 1; d >= 0; d--) sb.append(closers.get(d));
        return sb.toString();
    }
}
