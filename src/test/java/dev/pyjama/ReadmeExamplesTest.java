package dev.pyjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding section is true: each {@code java} block compiles against the library
 * (javax.tools) and, run, prints the {@code text} block after it; the dependency snippet names
 * the pom's coordinates.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");

    private static String section() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Embedding pyjama in Java");
        assertTrue(start >= 0, "README has its embedding section");
        int end = readme.indexOf("\n## ", start + 3);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> blocks(String text, String lang) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```" + lang + "\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void dependencySnippetNamesThePom() throws Exception {
        String xml = blocks(section(), "xml").get(0);
        String pom = Files.readString(Path.of("pom.xml"));
        for (String tag : List.of("groupId", "artifactId", "version")) {
            Matcher snippet = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">").matcher(xml);
            assertTrue(snippet.find(), tag);
            // the project's own coordinates: the first of each tag after <modelVersion>
            Matcher own = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">").matcher(pom.substring(pom.indexOf("<modelVersion>")));
            assertTrue(own.find(), tag);
            assertEquals(own.group(1), snippet.group(1), tag);
        }
    }

    @Test
    void examplesCompileAndPrintWhatTheReadmeSays(@TempDir Path dir) throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(dev.pyjama.interp.StdlibLocation.get() != null, "no CPython 3.13 standard library");
        }
        String section = section();
        List<String> sources = blocks(section, "java"), outputs = blocks(section, "text");
        assertEquals(3, sources.size(), "three Java examples");
        assertEquals(sources.size(), outputs.size(), "an output block after each example");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> files = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String source : sources) {
            Matcher m = Pattern.compile("public class (\\w+)").matcher(source);
            assertTrue(m.find());
            classes.add(m.group(1));
            Path file = dir.resolve(m.group(1) + ".java");
            Files.writeString(file, source);
            files.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                "--release", "17", "-Xlint:all", "-Werror"));
        args.addAll(files);
        StringWriter diagnostics = new StringWriter();
        ByteArrayOutputStream javacErr = new ByteArrayOutputStream();
        int rc = javac.run(null, null, javacErr, args.toArray(new String[0]));
        assertEquals(0, rc, "javac: " + javacErr.toString(StandardCharsets.UTF_8) + diagnostics);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            for (int i = 0; i < classes.size(); i++) {
                String printed = runMain(loader.loadClass(classes.get(i)));
                assertEquals(normalise(outputs.get(i)), normalise(printed), classes.get(i));
            }
        }
    }

    /** The profiler's times vary: any number before " us" at a line's end reads as NNN. */
    private static String normalise(String s) {
        return s.replaceAll("(?m)\\s+(\\d+|NNN) us$", " NNN us");
    }

    private static String runMain(Class<?> cls) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            cls.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
