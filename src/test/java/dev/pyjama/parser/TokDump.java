package dev.pyjama.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: prints our tokens of a file (or of -c SOURCE) with byte columns. */
public final class TokDump {
    public static void main(String[] args) throws Exception {
        boolean extra = args[0].equals("--extra");
        int i = extra ? 1 : 0;
        byte[] data = args[i].equals("-c") ? args[i + 1].getBytes("UTF-8") : Files.readAllBytes(Path.of(args[i]));
        Tokenizer tok = Tokenizer.fromBytes(data, "<dump>").setExtraTokens(extra);
        for (;;) {
            Token t = tok.next();
            System.out.println(t + " start=" + t.start + " end=" + t.end + " done=" + tok.done()
                    + (t.metadata != null ? " metadata=" + t.metadata : ""));
            if (t.type == Tokens.ENDMARKER || t.type == Tokens.ERRORTOKEN) break;
        }
    }
}
