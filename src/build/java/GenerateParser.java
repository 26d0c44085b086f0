import java.nio.file.*;

/** Placeholder: generates the parser from src/main/grammar/python.peg (to be written). */
public class GenerateParser {
    public static void main(String[] args) throws Exception {
        if (!Files.exists(Path.of(args[0]))) {
            System.err.println("GenerateParser: no " + args[0] + " yet; nothing generated");
        }
    }
}
