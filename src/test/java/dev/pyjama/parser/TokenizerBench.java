package dev.pyjama.parser;

import dev.pyjama.objects.PyException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the tokenizer over a directory of .py files (CPython's stdlib), warm:
 * {@code java -cp target/classes:target/test-classes dev.pyjama.parser.TokenizerBench DIR [ROUNDS]}.
 */
public final class TokenizerBench {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("site-packages")).sorted()::iterator) {
                files.add(Files.readAllBytes(p));
            }
        }
        long bytes = 0;
        for (byte[] f : files) bytes += f.length;
        System.out.printf("%d files, %.1f MB%n", files.size(), bytes / 1e6);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long tokens = 0;
            for (byte[] f : files) {
                try {
                    Tokenizer tok = Tokenizer.fromBytes(f, "<bench>");
                    for (;;) {
                        Token t = tok.next();
                        tokens++;
                        if (t.type == Tokens.ENDMARKER || t.type == Tokens.ERRORTOKEN) break;
                    }
                } catch (PyException e) {
                    // a few test files are meant to fail
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d tokens in %.3f s = %.2f M tokens/s, %.1f MB/s%n",
                    r, tokens, s, tokens / s / 1e6, bytes / s / 1e6);
        }
    }
}
