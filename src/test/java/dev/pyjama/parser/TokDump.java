package dev.pyjama.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: prints our tokens of a file (or of -c SOURCE) with byte columns. */
public final class TokDump {
    public static void main(String[] args) throws Exception {
        int i = 0;
        boolean iter = args[i].equals("--iter");
        if (iter) i++;
        boolean extra = args[i].equals("--extra");
        if (extra) i++;
        byte[] data = args[i].equals("-c") ? args[i + 1].getBytes("UTF-8") : Files.readAllBytes(Path.of(args[i]));
        if (iter) {
            // As _tokenize.TokenizerIter would show them (tools/tokenize_stdlib.py dump).
            TokenizerStdlibTest.Outcome o = TokenizerStdlibTest.tokenize(data, "<dump>", extra);
            System.out.print(o.rendered.toString("UTF-8"));
            if (o.error != null) System.out.println("ERROR " + o.error.pyType() + " " + o.error.lineno + " " + o.error.offset + " " + o.error.msg);
            if (o.doneCode >= 0) System.out.println("ERRORTOKEN done=" + o.doneCode);
            return;
        }
        Tokenizer tok = Tokenizer.fromBytes(data, "<dump>").setExtraTokens(extra);
        for (;;) {
            Token t = tok.next();
            System.out.println(t + " start=" + t.start + " end=" + t.end + " done=" + tok.done()
                    + (t.metadata != null ? " metadata=" + t.metadata : ""));
            if (t.type == Tokens.ENDMARKER || t.type == Tokens.ERRORTOKEN) break;
        }
    }
}
