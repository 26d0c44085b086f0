package dev.pyjama.parser;

import dev.pyjama.objects.PyException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Robustness: any byte sequence must end in tokens or a Python exception (PySyntaxError,
 * UnicodeEncodeError...), never another Java exception and never a hang.
 */
class TokenizerFuzzTest {
    /** Bytes that matter to the lexer, weighted towards the tricky ones. */
    private static final byte[] ALPHABET = (
            "\"\"''{{}}()[]ffrRbBuU\\\\\n\n\r\t   #=:!.eEjJxXoO0123456789_a+-*/<>%&|^~@;,$?`"
    ).getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HIGH = {(byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82, (byte) 0xAC,
            (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xF0, (byte) 0x9F, 0x0B, 0x0C, 0x7F};

    private static final String[] SEEDS = {
            "def f(x):\n    return f\"{x!r:>{10}} {x=}\"\n",
            "if a:\n\tb = '''x\ny'''\nelse:\n  c = (1,\n 2)\n",
            "# coding: latin-1\nx = 0x_1f + 0o7 + 0b1 + 1_0.5e-3j\n",
            "x = f'{f\"{y:{z}}\"}' rb'\\x' \\\n  + 1\n",
            "class C: pass  # type: ignore\n@d\nasync def g(): await h()\n",
    };

    @Test
    void randomBytesNeverBreakTheTokenizer() {
        SplittableRandom rnd = new SplittableRandom(20241125);
        int runs = 0;
        for (int i = 0; i < 60_000; i++) {
            int len = rnd.nextInt(1, 40);
            byte[] b = new byte[len];
            for (int k = 0; k < len; k++) {
                int r = rnd.nextInt(100);
                b[k] = r < 85 ? ALPHABET[rnd.nextInt(ALPHABET.length)]
                        : r < 97 ? HIGH[rnd.nextInt(HIGH.length)] : (byte) rnd.nextInt(256);
            }
            check(b);
            runs++;
        }
        for (int i = 0; i < 40_000; i++) {
            byte[] seed = SEEDS[rnd.nextInt(SEEDS.length)].getBytes(StandardCharsets.UTF_8);
            byte[] b = mutate(seed, rnd);
            check(b);
            runs++;
        }
        System.out.println("tokenizer fuzz: " + runs + " inputs, none broke it");
    }

    private static byte[] mutate(byte[] seed, SplittableRandom rnd) {
        byte[] b = seed.clone();
        int edits = rnd.nextInt(1, 6);
        for (int e = 0; e < edits; e++) {
            int pos = rnd.nextInt(b.length);
            int kind = rnd.nextInt(3);
            if (kind == 0) {
                b[pos] = ALPHABET[rnd.nextInt(ALPHABET.length)];
            } else if (kind == 1 && b.length > 1) {
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, pos);
                System.arraycopy(b, pos + 1, c, pos, b.length - pos - 1);
                b = c;
            } else {
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, pos);
                c[pos] = rnd.nextInt(5) == 0 ? HIGH[rnd.nextInt(HIGH.length)] : ALPHABET[rnd.nextInt(ALPHABET.length)];
                System.arraycopy(b, pos, c, pos + 1, b.length - pos);
                b = c;
            }
        }
        return b;
    }

    private static void check(byte[] b) {
        run(b, false);
        run(b, true);
        try {
            String s = new String(b, StandardCharsets.UTF_8);
            drain(Tokenizer.fromString(s, "<fuzz>"), b.length);
        } catch (PyException e) {
            // a Python error: fine
        } catch (Throwable t) {
            fail("fromString broke on " + HexFormat.of().formatHex(b) + ": " + t, t);
        }
    }

    private static void run(byte[] b, boolean extra) {
        try {
            drain(Tokenizer.fromBytes(b, "<fuzz>").setExtraTokens(extra).setTypeComments(!extra), b.length);
        } catch (PyException e) {
            // a Python error: fine
        } catch (Throwable t) {
            fail("fromBytes" + (extra ? " (extra)" : "") + " broke on " + HexFormat.of().formatHex(b) + ": " + t, t);
        }
    }

    /**
     * Reads tokens until the end. After an ERRORTOKEN, CPython's lexer may go on with the rest
     * of the line when asked again (the parser never asks); it must still come to an end.
     */
    private static void drain(Tokenizer tok, int len) {
        int limit = 4 * len + 400;
        int ends = 0;
        for (int n = 0; n < limit; n++) {
            Token t = tok.next();
            t.text();
            if (t.type == Tokens.ENDMARKER || t.type == Tokens.ERRORTOKEN) {
                if (++ends == 3) return;
            }
        }
        throw new AssertionError("no end after " + limit + " tokens");
    }
}
