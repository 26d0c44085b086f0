import java.nio.file.*;

/** Placeholder: generates the AST node classes from src/main/asdl/python.asdl (to be written). */
public class GenerateAst {
    public static void main(String[] args) throws Exception {
        if (!Files.exists(Path.of(args[0]))) {
            System.err.println("GenerateAst: no " + args[0] + " yet; nothing generated");
        }
    }
}
