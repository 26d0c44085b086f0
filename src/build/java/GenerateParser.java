import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates pyjama's PEG parser ({@code dev.pyjama.parser.GeneratedParser}) from the grammar
 * in {@code src/main/grammar/python.peg}.
 *
 * <p>The grammar is written in pegen's notation (PEP 617) with Java actions. The generated
 * code follows what CPython's pegen C generator emits, construct for construct, because
 * CPython's error locations depend on it: the generic "invalid syntax" points at the last
 * token the first pass fetched, so which rules run, in which order, and which lookaheads they
 * make must all be CPython's. In particular this generator reproduces pegen's artificial
 * rules (groups, loops, gathers), its memoisation (rules marked {@code (memo)}), its
 * treatment of left-recursive rules (the growing-seed loop on the leader of each cycle), the
 * stack-depth counter, the {@code invalid_} alternatives that only run in the second pass,
 * and the {@code _without_invalid} rules that switch them off.
 *
 * <p>Run by Maven in generate-sources: {@code java GenerateParser.java <grammar> <outdir>}.
 */
// CPython: Tools/peg_generator/pegen/{grammar_parser.py,parser_generator.py,c_generator.py}
public class GenerateParser {

    public static void main(String[] args) throws IOException {
        Path grammarFile = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        if (!Files.exists(grammarFile)) {
            System.err.println("GenerateParser: no " + grammarFile + "; nothing generated");
            return;
        }
        String text = Files.readString(grammarFile, StandardCharsets.UTF_8);
        Path out = outDir.resolve("dev/pyjama/parser/GeneratedParser.java");
        Files.createDirectories(out.getParent());
        String code = new Generator(new MetaParser(text).parseGrammar()).generate();
        if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).equals(code)) {
            return;
        }
        Files.writeString(out, code, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------
    // The grammar model (pegen/grammar.py)

    static final class Grammar {
        final Map<String, Rule> rules = new LinkedHashMap<>();
        final Map<String, String> metas = new LinkedHashMap<>();
    }

    static final class Rule {
        final String name;
        String type;
        final boolean memo;
        final Rhs rhs;
        boolean leftRecursive, leader;

        Rule(String name, String type, boolean memo, Rhs rhs) {
            this.name = name;
            this.type = type;
            this.memo = memo;
            this.rhs = rhs;
        }

        boolean isLoop() {
            return name.startsWith("_loop");
        }

        boolean isGather() {
            return name.startsWith("_gather");
        }

        /** A rule that is one parenthesised group is the group's alternatives. */
        Rhs flatten() {
            if (!isLoop() && rhs.alts.size() == 1 && rhs.alts.get(0).items.size() == 1
                    && rhs.alts.get(0).items.get(0).item instanceof Group) {
                return ((Group) rhs.alts.get(0).items.get(0).item).rhs;
            }
            return rhs;
        }
    }

    interface Node {}

    static final class Rhs implements Node {
        final List<Alt> alts;

        Rhs(List<Alt> alts) {
            this.alts = alts;
        }

        boolean canBeInlined() {
            return alts.size() == 1 && alts.get(0).items.size() == 1 && alts.get(0).action == null;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < alts.size(); i++) {
                if (i > 0) sb.append(" | ");
                sb.append(alts.get(i));
            }
            return sb.toString();
        }
    }

    static final class Alt implements Node {
        final List<NamedItem> items;
        final String action;

        Alt(List<NamedItem> items, String action) {
            this.items = items;
            this.action = action;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(' ');
                sb.append(items.get(i));
            }
            return sb.toString();
        }
    }

    static final class NamedItem implements Node {
        final String name;
        final String type;
        final Node item;

        NamedItem(String name, String type, Node item) {
            this.name = name;
            this.type = type;
            this.item = item;
        }

        @Override
        public String toString() {
            return name == null ? item.toString() : name + "=" + item;
        }
    }

    static final class NameLeaf implements Node {
        final String value;

        NameLeaf(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** A quoted string: 'kw' is a keyword or operator, "kw" a soft keyword. */
    static final class StringLeaf implements Node {
        final String value;   // with its quotes

        StringLeaf(String value) {
            this.value = value;
        }

        String unquoted() {
            return value.substring(1, value.length() - 1);
        }

        boolean isIdentifierLike() {
            String v = unquoted();
            if (v.isEmpty() || !(Character.isLetter(v.charAt(0)) || v.charAt(0) == '_')) return false;
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    static final class Group implements Node {
        final Rhs rhs;

        Group(Rhs rhs) {
            this.rhs = rhs;
        }

        @Override
        public String toString() {
            return "(" + rhs + ")";
        }
    }

    static final class Opt implements Node {
        final Node node;

        Opt(Node node) {
            this.node = node;
        }

        @Override
        public String toString() {
            String s = node.toString();
            return node instanceof Rhs ? "[" + s + "]" : s + "?";
        }
    }

    static final class Repeat implements Node {
        final Node node;
        final boolean atLeastOne;

        Repeat(Node node, boolean atLeastOne) {
            this.node = node;
            this.atLeastOne = atLeastOne;
        }

        @Override
        public String toString() {
            return node + (atLeastOne ? "+" : "*");
        }
    }

    static final class Gather implements Node {
        final Node separator, node;

        Gather(Node separator, Node node) {
            this.separator = separator;
            this.node = node;
        }

        @Override
        public String toString() {
            return separator + "." + node + "+";
        }
    }

    static final class Lookahead implements Node {
        final Node node;
        final boolean positive;

        Lookahead(Node node, boolean positive) {
            this.node = node;
            this.positive = positive;
        }

        @Override
        public String toString() {
            return (positive ? "&" : "!") + node;
        }
    }

    static final class Forced implements Node {
        final Node node;

        Forced(Node node) {
            this.node = node;
        }

        @Override
        public String toString() {
            return "&&" + node;
        }
    }

    static final class Cut implements Node {
        @Override
        public String toString() {
            return "~";
        }
    }

    // ------------------------------------------------------------------------------------
    // Reading the grammar (pegen/metagrammar.gram)

    static final class MetaParser {
        private final String src;
        private int pos;

        MetaParser(String src) {
            this.src = src;
        }

        Grammar parseGrammar() {
            Grammar g = new Grammar();
            while (true) {
                skipBlank(true);
                if (pos >= src.length()) break;
                if (src.charAt(pos) == '@') {
                    pos++;
                    String key = name();
                    skipBlank(false);
                    g.metas.put(key, restOfLine().trim());
                    continue;
                }
                Rule r = rule();
                if (g.rules.put(r.name, r) != null) {
                    throw error("duplicate rule " + r.name);
                }
            }
            return g;
        }

        private Rule rule() {
            String name = name();
            String type = null;
            if (peek('[')) type = bracketed();
            skipBlank(false);
            boolean memo = false;
            if (peek('(')) {
                pos++;
                skipBlank(false);
                if (!name().equals("memo")) throw error("expected (memo)");
                skipBlank(false);
                expect(')');
                memo = true;
            }
            skipBlank(false);
            expect(':');
            skipBlank(true);
            if (peek('|')) {
                pos++;
            }
            Rhs rhs = alts(true);
            return new Rule(name, type, memo, rhs);
        }

        /** Alternatives separated by '|'; at top level, a rule ends at a line starting in column 0. */
        private Rhs alts(boolean topLevel) {
            List<Alt> alts = new ArrayList<>();
            alts.add(alt(topLevel));
            while (true) {
                skipBlank(!topLevel || !atRuleStart());
                if (topLevel && atRuleStart()) break;
                if (!peek('|')) break;
                pos++;
                skipBlank(true);
                alts.add(alt(topLevel));
            }
            return new Rhs(alts);
        }

        private boolean atRuleStart() {
            // A rule starts at a letter in column 0.
            if (pos >= src.length()) return true;
            return (pos == 0 || src.charAt(pos - 1) == '\n') && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '@');
        }

        private Alt alt(boolean topLevel) {
            List<NamedItem> items = new ArrayList<>();
            String action = null;
            while (true) {
                skipBlank(!topLevel);
                if (topLevel) {
                    // Inside a top-level alternative, items may continue on indented lines.
                    int save = pos;
                    skipBlank(true);
                    if (atRuleStart() || pos >= src.length()) {
                        break;
                    }
                    if (src.charAt(pos) == '|' ) {
                        pos = save;
                        break;
                    }
                }
                if (pos >= src.length()) break;
                char c = src.charAt(pos);
                if (c == '|' || c == ')' || c == ']') break;
                if (c == '{') {
                    action = action();
                    break;
                }
                items.add(namedItem());
            }
            if (items.isEmpty()) throw error("empty alternative");
            return new Alt(items, action);
        }

        private NamedItem namedItem() {
            int save = pos;
            if (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_') {
                String n = name();
                String type = null;
                if (peek('[')) {
                    type = bracketed();
                }
                if (peek('=') && !src.startsWith("==", pos)) {
                    pos++;
                    skipBlank(false);
                    return new NamedItem(n, type, item());
                }
                pos = save;
            }
            if (src.startsWith("&&", pos)) {
                pos += 2;
                return new NamedItem(null, null, new Forced(atom()));
            }
            if (peek('&')) {
                pos++;
                return new NamedItem(null, null, new Lookahead(atom(), true));
            }
            if (peek('!')) {
                pos++;
                return new NamedItem(null, null, new Lookahead(atom(), false));
            }
            if (peek('~')) {
                pos++;
                return new NamedItem(null, null, new Cut());
            }
            return new NamedItem(null, null, item());
        }

        private Node item() {
            if (peek('[')) {
                pos++;
                skipBlank(true);
                Rhs rhs = alts(false);
                skipBlank(true);
                expect(']');
                return new Opt(rhs);
            }
            Node a = atom();
            if (peek('?')) {
                pos++;
                return new Opt(a);
            }
            if (peek('*')) {
                pos++;
                return new Repeat(a, false);
            }
            if (peek('+')) {
                pos++;
                return new Repeat(a, true);
            }
            if (peek('.') && pos + 1 < src.length() && src.charAt(pos + 1) != '.') {
                pos++;
                Node elem = atom();
                expect('+');
                return new Gather(a, elem);
            }
            return a;
        }

        private Node atom() {
            char c = src.charAt(pos);
            if (c == '(') {
                pos++;
                skipBlank(true);
                Rhs rhs = alts(false);
                skipBlank(true);
                expect(')');
                return new Group(rhs);
            }
            if (c == '\'' || c == '"') {
                int end = src.indexOf(c, pos + 1);
                String s = src.substring(pos, end + 1);
                pos = end + 1;
                return new StringLeaf(s);
            }
            return new NameLeaf(name());
        }

        /** A Java action in braces, balanced, skipping string and char literals. */
        private String action() {
            int start = ++pos;
            int depth = 1;
            while (depth > 0) {
                char c = src.charAt(pos);
                if (c == '"' || c == '\'') {
                    pos++;
                    while (src.charAt(pos) != c) {
                        if (src.charAt(pos) == '\\') pos++;
                        pos++;
                    }
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                pos++;
            }
            return src.substring(start, pos - 1).trim();
        }

        /** A type in square brackets, e.g. [List<AstExpr>]. */
        private String bracketed() {
            expect('[');
            int start = pos;
            int depth = 1;
            while (depth > 0) {
                char c = src.charAt(pos++);
                if (c == '[') depth++;
                else if (c == ']') depth--;
            }
            return src.substring(start, pos - 1).trim();
        }

        private String name() {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            if (start == pos) throw error("expected a name");
            return src.substring(start, pos);
        }

        private String restOfLine() {
            int end = src.indexOf('\n', pos);
            if (end < 0) end = src.length();
            String s = src.substring(pos, end);
            pos = end;
            return s;
        }

        private boolean peek(char c) {
            return pos < src.length() && src.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) throw error("expected '" + c + "'");
            pos++;
        }

        /** Skips spaces and comments; newlines too when {@code newlines}. */
        private void skipBlank(boolean newlines) {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '\n' && newlines) {
                    pos++;
                } else if (c == '#') {
                    while (pos < src.length() && src.charAt(pos) != '\n') pos++;
                } else {
                    break;
                }
            }
        }

        private RuntimeException error(String msg) {
            int line = 1;
            for (int i = 0; i < pos && i < src.length(); i++) if (src.charAt(i) == '\n') line++;
            return new IllegalStateException("python.peg line " + line + ": " + msg);
        }
    }

    // ------------------------------------------------------------------------------------
    // Generating the parser (pegen/parser_generator.py and c_generator.py)

    static final class Generator {
        private static final String OBJECT = "Object";
        private static final Set<String> TOKEN_NAMES = Set.of(
            "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "OP",
            "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD", "FSTRING_START", "FSTRING_MIDDLE",
            "FSTRING_END", "ERRORTOKEN");
        private static final Map<String, String> OPERATORS = new HashMap<>();

        static {
            String[][] ops = {
                {"(", "LPAR"}, {")", "RPAR"}, {"[", "LSQB"}, {"]", "RSQB"}, {":", "COLON"},
                {",", "COMMA"}, {";", "SEMI"}, {"+", "PLUS"}, {"-", "MINUS"}, {"*", "STAR"},
                {"/", "SLASH"}, {"|", "VBAR"}, {"&", "AMPER"}, {"<", "LESS"}, {">", "GREATER"},
                {"=", "EQUAL"}, {".", "DOT"}, {"%", "PERCENT"}, {"{", "LBRACE"}, {"}", "RBRACE"},
                {"==", "EQEQUAL"}, {"!=", "NOTEQUAL"}, {"<=", "LESSEQUAL"}, {">=", "GREATEREQUAL"},
                {"~", "TILDE"}, {"^", "CIRCUMFLEX"}, {"<<", "LEFTSHIFT"}, {">>", "RIGHTSHIFT"},
                {"**", "DOUBLESTAR"}, {"+=", "PLUSEQUAL"}, {"-=", "MINEQUAL"}, {"*=", "STAREQUAL"},
                {"/=", "SLASHEQUAL"}, {"%=", "PERCENTEQUAL"}, {"&=", "AMPEREQUAL"}, {"|=", "VBAREQUAL"},
                {"^=", "CIRCUMFLEXEQUAL"}, {"<<=", "LEFTSHIFTEQUAL"}, {">>=", "RIGHTSHIFTEQUAL"},
                {"**=", "DOUBLESTAREQUAL"}, {"//", "DOUBLESLASH"}, {"//=", "DOUBLESLASHEQUAL"},
                {"@", "AT"}, {"@=", "ATEQUAL"}, {"->", "RARROW"}, {"...", "ELLIPSIS"},
                {":=", "COLONEQUAL"}, {"!", "EXCLAMATION"},
            };
            for (String[] op : ops) OPERATORS.put(op[0], op[1]);
        }

        private final Grammar grammar;
        private final Map<String, Rule> rules;
        /** Grammar rules followed by the artificial ones, in pegen's order. */
        private final Map<String, Rule> allRules = new LinkedHashMap<>();
        private final Map<String, Integer> keywords = new LinkedHashMap<>();
        private final Set<String> softKeywords = new TreeSet<>();
        private final IdentityHashMap<Node, String> artificial = new IdentityHashMap<>();
        private final Map<String, String> types = new HashMap<>();
        private int counter;
        private final StringBuilder out = new StringBuilder();
        private int indent;

        Generator(Grammar grammar) {
            this.grammar = grammar;
            this.rules = grammar.rules;
            allRules.putAll(rules);
        }

        String generate() {
            computeLeftRecursives();
            collectKeywords();
            collectRules();
            for (Rule r : allRules.values()) typeOf(r);
            emitFile();
            return out.toString();
        }

        // --- keywords

        private void collectKeywords() {
            for (Rule r : allRules.values()) collectKeywords(r.rhs);
        }

        private void collectKeywords(Node n) {
            if (n instanceof StringLeaf) {
                StringLeaf s = (StringLeaf) n;
                if (s.isIdentifierLike()) {
                    if (s.value.startsWith("'")) {
                        keywords.computeIfAbsent(s.unquoted(), k -> Tokens_FIRST_KEYWORD + keywords.size());
                    } else {
                        softKeywords.add(s.unquoted());
                    }
                }
            } else {
                for (Node c : children(n)) collectKeywords(c);
            }
        }

        private static final int Tokens_FIRST_KEYWORD = 500;

        private static List<Node> children(Node n) {
            List<Node> c = new ArrayList<>();
            if (n instanceof Rhs) c.addAll(((Rhs) n).alts);
            else if (n instanceof Alt) c.addAll(((Alt) n).items);
            else if (n instanceof NamedItem) c.add(((NamedItem) n).item);
            else if (n instanceof Group) c.add(((Group) n).rhs);
            else if (n instanceof Opt) c.add(((Opt) n).node);
            else if (n instanceof Repeat) c.add(((Repeat) n).node);
            else if (n instanceof Gather) {
                c.add(((Gather) n).separator);
                c.add(((Gather) n).node);
            } else if (n instanceof Lookahead) c.add(((Lookahead) n).node);
            else if (n instanceof Forced) c.add(((Forced) n).node);
            return c;
        }

        // --- artificial rules, created in the order pegen creates them

        private void collectRules() {
            Set<String> done = new HashSet<>();
            while (true) {
                List<String> todo = new ArrayList<>();
                for (String n : allRules.keySet()) if (!done.contains(n)) todo.add(n);
                if (todo.isEmpty()) break;
                done.addAll(allRules.keySet());
                for (String n : todo) {
                    for (Alt alt : allRules.get(n).flatten().alts) {
                        for (NamedItem it : alt.items) callFor(it.item);
                    }
                }
            }
        }

        /** What an item calls; creates the artificial rule it needs the first time. */
        private String callFor(Node n) {
            if (n instanceof NamedItem) return callFor(((NamedItem) n).item);
            if (n instanceof Rhs) {
                Rhs rhs = (Rhs) n;
                if (rhs.canBeInlined()) return callFor(rhs.alts.get(0).items.get(0));
                return artificial.computeIfAbsent(n, k -> {
                    String name = "_tmp_" + (++counter);
                    allRules.put(name, new Rule(name, null, false, rhs));
                    return name;
                });
            }
            if (n instanceof Group) return callFor(((Group) n).rhs);
            if (n instanceof Opt) return callFor(((Opt) n).node);
            if (n instanceof Lookahead) return callFor(((Lookahead) n).node);
            if (n instanceof Forced) return callFor(((Forced) n).node);
            if (n instanceof Repeat) {
                Repeat r = (Repeat) n;
                return artificial.computeIfAbsent(n, k -> {
                    String name = (r.atLeastOne ? "_loop1_" : "_loop0_") + (++counter);
                    allRules.put(name, new Rule(name, null, false,
                        new Rhs(List.of(new Alt(List.of(new NamedItem(null, null, r.node)), null)))));
                    return name;
                });
            }
            if (n instanceof Gather) {
                Gather g = (Gather) n;
                return artificial.computeIfAbsent(n, k -> {
                    String name = "_gather_" + (++counter);
                    String loop = "_loop0_" + (++counter);
                    allRules.put(loop, new Rule(loop, null, false, new Rhs(List.of(new Alt(List.of(
                        new NamedItem(null, null, g.separator), new NamedItem("elem", null, g.node)), "elem")))));
                    allRules.put(name, new Rule(name, null, false, new Rhs(List.of(new Alt(List.of(
                        new NamedItem("elem", null, g.node), new NamedItem("seq", null, new NameLeaf(loop))), null)))));
                    return name;
                });
            }
            return null;
        }

        // --- left recursion (pegen's nullable / first-graph / SCC analysis)

        private void computeLeftRecursives() {
            Set<Object> nullables = new HashSet<>();
            Set<Rule> visited = new HashSet<>();
            for (Rule r : rules.values()) nullableRule(r, nullables, visited);
            Map<String, Set<String>> graph = new LinkedHashMap<>();
            for (Rule r : rules.values()) {
                Set<String> names = new LinkedHashSet<>();
                initialNames(r.rhs, nullables, names);
                graph.put(r.name, names);
            }
            for (Set<String> targets : new ArrayList<>(graph.values())) {
                for (String t : targets) graph.putIfAbsent(t, new LinkedHashSet<>());
            }
            for (Set<String> scc : stronglyConnected(graph)) {
                if (scc.size() > 1) {
                    for (String n : scc) rules.get(n).leftRecursive = true;
                    Set<String> leaders = new TreeSet<>(scc);
                    for (String start : scc) {
                        for (List<String> cycle : cycles(graph, scc, start)) {
                            Set<String> notInCycle = new HashSet<>(scc);
                            notInCycle.removeAll(cycle);
                            leaders.removeAll(notInCycle);
                            if (leaders.isEmpty()) throw new IllegalStateException("no leader for " + scc);
                        }
                    }
                    rules.get(((TreeSet<String>) leaders).first()).leader = true;
                } else {
                    String n = scc.iterator().next();
                    if (graph.get(n).contains(n) && rules.containsKey(n)) {
                        rules.get(n).leftRecursive = true;
                        rules.get(n).leader = true;
                    }
                }
            }
        }

        private boolean nullableRule(Rule r, Set<Object> nullables, Set<Rule> visited) {
            if (!visited.add(r)) return false;
            if (nullable(r.rhs, nullables, visited)) nullables.add(r);
            return nullables.contains(r);
        }

        private boolean nullable(Node n, Set<Object> nullables, Set<Rule> visited) {
            if (n instanceof Rhs) {
                for (Alt a : ((Rhs) n).alts) if (nullable(a, nullables, visited)) return true;
                return false;
            }
            if (n instanceof Alt) {
                for (NamedItem it : ((Alt) n).items) if (!nullable(it, nullables, visited)) return false;
                return true;
            }
            if (n instanceof NamedItem) {
                if (nullable(((NamedItem) n).item, nullables, visited)) nullables.add(n);
                return nullables.contains(n);
            }
            if (n instanceof Forced || n instanceof Lookahead || n instanceof Opt) return true;
            if (n instanceof Repeat) return !((Repeat) n).atLeastOne;
            if (n instanceof Gather || n instanceof Cut) return false;
            if (n instanceof Group) return nullable(((Group) n).rhs, nullables, visited);
            if (n instanceof NameLeaf) {
                Rule r = rules.get(((NameLeaf) n).value);
                return r != null && nullableRule(r, nullables, visited);
            }
            if (n instanceof StringLeaf) return ((StringLeaf) n).value.length() == 2;
            return false;
        }

        private void initialNames(Node n, Set<Object> nullables, Set<String> names) {
            if (n instanceof Alt) {
                for (NamedItem it : ((Alt) n).items) {
                    initialNames(it, nullables, names);
                    if (!nullables.contains(it)) break;
                }
            } else if (n instanceof Forced || n instanceof Lookahead || n instanceof Cut || n instanceof StringLeaf) {
                // these contribute no initial names
            } else if (n instanceof NameLeaf) {
                names.add(((NameLeaf) n).value);
            } else {
                for (Node c : children(n)) initialNames(c, nullables, names);
            }
        }

        private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
            // Tarjan's algorithm, iterating vertices in the graph's order.
            List<Set<String>> result = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
            Deque<String> stack = new ArrayDeque<>();
            Set<String> onStack = new HashSet<>();
            int[] counter = {0};
            for (String v : graph.keySet()) {
                if (!index.containsKey(v)) tarjan(v, graph, index, low, stack, onStack, counter, result);
            }
            return result;
        }

        private static void tarjan(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                   Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                   int[] counter, List<Set<String>> result) {
            index.put(v, counter[0]);
            low.put(v, counter[0]);
            counter[0]++;
            stack.push(v);
            onStack.add(v);
            for (String w : graph.get(v)) {
                if (!index.containsKey(w)) {
                    tarjan(w, graph, index, low, stack, onStack, counter, result);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> scc = new LinkedHashSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    scc.add(w);
                } while (!w.equals(v));
                result.add(scc);
            }
        }

        private static List<List<String>> cycles(Map<String, Set<String>> graph, Set<String> scc, String start) {
            List<List<String>> found = new ArrayList<>();
            cyclesFrom(graph, scc, start, new ArrayList<>(), found);
            return found;
        }

        private static void cyclesFrom(Map<String, Set<String>> graph, Set<String> scc, String node,
                                       List<String> path, List<List<String>> found) {
            if (path.contains(node)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(node);
                found.add(cycle);
                return;
            }
            List<String> next = new ArrayList<>(path);
            next.add(node);
            for (String child : graph.get(node)) {
                if (scc.contains(child)) cyclesFrom(graph, scc, child, next, found);
            }
        }

        // --- types (Java needs them where C used void *)

        private String typeOf(Rule r) {
            String t = types.get(r.name);
            if (t != null) return t;
            if (r.isLoop()) {
                t = "List<" + box(itemType(r.rhs.alts.get(0), r.rhs.alts.get(0).items.get(0))) + ">";
                if (r.rhs.alts.get(0).action != null) {
                    t = "List<" + box(actionType(r.rhs.alts.get(0))) + ">";
                }
            } else if (r.isGather()) {
                Alt a = r.rhs.alts.get(0);
                t = "List<" + box(itemType(a, a.items.get(0))) + ">";
            } else if (r.type != null) {
                t = r.type;
            } else if (r.name.startsWith("_tmp")) {
                t = rhsType(r.rhs);
            } else {
                t = OBJECT;
            }
            types.put(r.name, t);
            return t;
        }

        private static String box(String t) {
            return t.equals("boolean") ? "Boolean" : t;
        }

        private String rhsType(Rhs rhs) {
            String common = null;
            for (Alt a : rhs.alts) {
                String t = actionType(a);
                if (common == null) common = t;
                else if (!common.equals(t)) return OBJECT;
            }
            return common == null ? OBJECT : common;
        }

        /** The type an alternative produces: its action's, when that is a variable, or its only value. */
        private String actionType(Alt a) {
            if (a.action != null) {
                String act = a.action.trim();
                for (NamedItem it : a.items) {
                    if (it.name != null && it.name.equals(act)) return itemType(a, it);
                }
                if (act.startsWith("(") ) {
                    // An explicit cast at the front: "(Type) expr" or "(Type) (...)".
                    int close = act.indexOf(')');
                    String cast = act.substring(1, close).trim();
                    if (!cast.isEmpty() && Character.isUpperCase(cast.charAt(0)) && !cast.contains(" ")) return cast;
                }
                return OBJECT;
            }
            List<NamedItem> values = valueItems(a);
            if (values.size() == 1) return itemType(a, values.get(0));
            return OBJECT;
        }

        private List<NamedItem> valueItems(Alt a) {
            List<NamedItem> v = new ArrayList<>();
            for (NamedItem it : a.items) if (!(it.item instanceof Lookahead)) v.add(it);
            return v;
        }

        private String itemType(Alt a, NamedItem it) {
            if (it.type != null) return it.type;
            return nodeType(it.item);
        }

        private String nodeType(Node n) {
            if (n instanceof NamedItem) {
                NamedItem it = (NamedItem) n;
                return it.type != null ? it.type : nodeType(it.item);
            }
            if (n instanceof NameLeaf) {
                String v = ((NameLeaf) n).value;
                switch (v) {
                    case "NAME": case "NUMBER": case "SOFT_KEYWORD": return "AstExpr";
                    default:
                        if (TOKEN_NAMES.contains(v)) return "Token";
                        Rule r = allRules.get(v);
                        if (r == null) throw new IllegalStateException("unknown rule " + v);
                        return typeOf(r);
                }
            }
            if (n instanceof StringLeaf) {
                StringLeaf s = (StringLeaf) n;
                return s.isIdentifierLike() && s.value.startsWith("\"") ? "AstExpr" : "Token";
            }
            if (n instanceof Group) return nodeType(((Group) n).rhs);
            if (n instanceof Rhs) {
                Rhs rhs = (Rhs) n;
                if (rhs.canBeInlined()) return nodeType(rhs.alts.get(0).items.get(0));
                return typeOf(allRules.get(artificial.get(n)));
            }
            if (n instanceof Opt) return nodeType(((Opt) n).node);
            if (n instanceof Repeat || n instanceof Gather) return typeOf(allRules.get(artificial.get(n)));
            if (n instanceof Forced) return "Token";
            if (n instanceof Cut || n instanceof Lookahead) return "boolean";
            throw new IllegalStateException("no type for " + n);
        }

        // --- emission

        private void emitFile() {
            line("// Generated by src/build/java/GenerateParser.java from src/main/grammar/python.peg. Do not edit.");
            line("package dev.pyjama.parser;");
            line("");
            String imports = grammar.metas.getOrDefault("imports", "");
            for (String imp : imports.split(",")) {
                if (!imp.isBlank()) line("import " + imp.trim() + ";");
            }
            line("import java.util.List;");
            line("");
            line("/** The Python 3.13 PEG parser, generated from the grammar. */");
            line("// CPython: Parser/parser.c (generated by pegen from Grammar/python.gram)");
            line("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"unused\", \"cast\"})");
            line("final class GeneratedParser extends ActionHelpers {");
            indent++;
            line("");
            // Keyword token types.
            for (Map.Entry<String, Integer> k : keywords.entrySet()) {
                line("static final int " + keywordConst(k.getKey()) + " = " + k.getValue() + ";");
            }
            line("");
            line("/** Reserved keywords by length: the parser turns NAME tokens that spell one into its type. */");
            emitKeywordTable();
            line("static final String[] SOFT_KEYWORDS = {" + joinQuoted(softKeywords) + "};");
            line("");
            // Rule type numbers, for memoisation and statistics.
            int i = 0;
            List<String> names = new ArrayList<>(allRules.keySet());
            for (String n : names) {
                line("static final int " + typeConst(n) + " = " + (i++) + ";");
            }
            line("");
            line("/** Rule names by type number (grammar rules, then pegen's artificial ones). */");
            StringBuilder sb = new StringBuilder("static final String[] RULE_NAMES = {");
            for (String n : names) sb.append('"').append(n).append("\", ");
            sb.append("};");
            line(sb.toString());
            line("");
            line("GeneratedParser(Tokenizer tokenizer, ParserContext context) {");
            line("    super(tokenizer, context, KEYWORDS, KEYWORD_TYPES, SOFT_KEYWORDS);");
            line("}");
            line("");
            for (String start : List.of("file", "interactive", "eval", "func_type")) {
                if (allRules.containsKey(start)) {
                    line("@Override");
                    line(typeOf(allRules.get(start)) + " parse_" + start + "() {");
                    line("    return " + start + "_rule();");
                    line("}");
                    line("");
                }
            }
            for (Rule r : allRules.values()) {
                emitRule(r);
            }
            indent--;
            line("}");
        }

        private void emitKeywordTable() {
            int maxLen = 0;
            for (String k : keywords.keySet()) maxLen = Math.max(maxLen, k.length());
            line("static final String[][] KEYWORDS = new String[" + (maxLen + 1) + "][];");
            line("static final int[][] KEYWORD_TYPES = new int[" + (maxLen + 1) + "][];");
            line("static {");
            indent++;
            for (int len = 0; len <= maxLen; len++) {
                List<String> ks = new ArrayList<>();
                List<String> ts = new ArrayList<>();
                for (Map.Entry<String, Integer> k : keywords.entrySet()) {
                    if (k.getKey().length() == len) {
                        ks.add('"' + k.getKey() + '"');
                        ts.add(String.valueOf(k.getValue()));
                    }
                }
                line("KEYWORDS[" + len + "] = new String[] {" + String.join(", ", ks) + "};");
                line("KEYWORD_TYPES[" + len + "] = new int[] {" + String.join(", ", ts) + "};");
            }
            indent--;
            line("}");
        }

        private static String joinQuoted(Set<String> s) {
            List<String> q = new ArrayList<>();
            for (String x : s) q.add('"' + x + '"');
            return String.join(", ", q);
        }

        private static String keywordConst(String kw) {
            return "KW_" + kw.toUpperCase();
        }

        private static String typeConst(String rule) {
            return "R" + (rule.startsWith("_") ? "" : "_") + rule.toUpperCase();
        }

        private void emitRule(Rule r) {
            String type = typeOf(r);
            line("// " + r.name + ": " + oneLine(r.rhs.toString()));
            boolean leader = r.leftRecursive && r.leader;
            boolean withoutInvalid = r.name.endsWith("without_invalid");
            String body = r.name + (leader ? "_raw" : withoutInvalid ? "_body" : "_rule");
            if (leader) {
                // The growing-seed loop: re-parse while each round consumes more input.
                line(type + " " + r.name + "_rule() {");
                indent++;
                line("if (level++ == MAXSTACK) stackOverflow();");
                line("if (isMemoized(" + typeConst(r.name) + ")) {");
                line("    level--;");
                line("    return (" + type + ") memoNode;");
                line("}");
                line("int _mark = mark;");
                line("int _resmark = mark;");
                line(type + " _res = null;");
                line("while (true) {");
                line("    updateMemo(_mark, " + typeConst(r.name) + ", _res);");
                line("    mark = _mark;");
                line("    " + type + " _raw = " + body + "();");
                line("    if (_raw == null || mark <= _resmark) break;");
                line("    _resmark = mark;");
                line("    _res = _raw;");
                line("}");
                line("mark = _resmark;");
                line("level--;");
                line("return _res;");
                indent--;
                line("}");
                line("");
            } else if (withoutInvalid) {
                line(type + " " + r.name + "_rule() {");
                line("    boolean _prevCallInvalid = callInvalidRules;");
                line("    callInvalidRules = false;");
                line("    try {");
                line("        return " + body + "();");
                line("    } finally {");
                line("        callInvalidRules = _prevCallInvalid;");
                line("    }");
                line("}");
                line("");
            }
            line((leader || withoutInvalid ? "private " : "") + type + " " + body + "() {");
            indent++;
            if (r.isLoop()) emitLoopBody(r, type);
            else emitDefaultBody(r, type);
            indent--;
            line("}");
            line("");
        }

        private boolean usesExtra(Rhs rhs) {
            for (Alt a : rhs.alts) if (a.action != null && a.action.contains("EXTRA")) return true;
            return false;
        }

        private void emitDefaultBody(Rule r, String type) {
            Rhs rhs = r.flatten();
            boolean memoize = r.memo && !r.leftRecursive;
            line("if (level++ == MAXSTACK) stackOverflow();");
            if (memoize) {
                line("if (isMemoized(" + typeConst(r.name) + ")) {");
                line("    level--;");
                line("    return (" + type + ") memoNode;");
                line("}");
            }
            line("int _mark = mark;");
            if (usesExtra(rhs)) {
                line("Token _startToken = startToken();");
                line("int _sl = _startToken.lineno, _sc = _startToken.colOffset;");
            }
            line(type + " _res = null;");
            line("done: {");
            indent++;
            for (Alt a : rhs.alts) emitAlt(r, a, type, false);
            line("_res = null;");
            indent--;
            line("}");
            if (memoize) line("insertMemo(_mark, " + typeConst(r.name) + ", _res);");
            line("level--;");
            line("return _res;");
        }

        private void emitLoopBody(Rule r, String type) {
            Rhs rhs = r.rhs;
            boolean repeat1 = r.name.startsWith("_loop1");
            String elemType = type.substring(5, type.length() - 1);
            line("if (level++ == MAXSTACK) stackOverflow();");
            line("int _mark = mark;");
            if (usesExtra(rhs)) {
                line("Token _startToken = startToken();");
                line("int _sl = _startToken.lineno, _sc = _startToken.colOffset;");
            }
            line("java.util.ArrayList<" + elemType + "> _children = null;");
            emitAlt(r, rhs.alts.get(0), elemType, true);
            if (repeat1) {
                line("if (_children == null) {");
                line("    level--;");
                line("    return null;");
                line("}");
            }
            line("level--;");
            line("return _children == null ? List.of() : _children;");
        }

        private void emitAlt(Rule r, Alt a, String resType, boolean loop) {
            boolean invalidGuard = a.items.size() == 1 && a.items.get(0).name == null
                && a.items.get(0).item instanceof NameLeaf
                && ((NameLeaf) a.items.get(0).item).value.startsWith("invalid_");
            line((invalidGuard ? "if (callInvalidRules) " : "") + "{ // " + oneLine(a.toString()));
            indent++;
            // Declare a variable per value-producing item, as pegen does.
            List<String> conds = new ArrayList<>();
            List<String[]> vars = new ArrayList<>();   // name, type
            Set<String> used = new HashSet<>();
            boolean hasCut = false;
            Map<NamedItem, String> varOf = new IdentityHashMap<>();
            int auto = 0;
            for (NamedItem it : a.items) {
                if (it.item instanceof Lookahead) {
                    conds.add(lookaheadCond((Lookahead) it.item));
                    continue;
                }
                if (it.item instanceof Cut) {
                    hasCut = true;
                    conds.add("(_cut = true)");
                    continue;
                }
                String name = it.name != null ? it.name : "_v" + (++auto);
                while (!used.add(name)) name = name + "_";
                varOf.put(it, name);
                String vtype = itemType(a, it);
                vars.add(new String[] {name, vtype});
                conds.add(itemCond(it, name));
            }
            for (String[] v : vars) line(v[1] + " " + v[0] + " = null;");
            if (hasCut) line("boolean _cut = false;");
            String cond = String.join("\n" + "    ".repeat(indent + 1) + "&& ", conds);
            line((loop ? "while (" : "if (") + cond + ") {");
            indent++;
            if (a.action != null && a.action.contains("EXTRA")) {
                line("Token _endToken = lastNonWhitespaceToken();");
                line("int _el = _endToken.endLineno, _ec = _endToken.endColOffset;");
            }
            if (!r.name.startsWith("_")) line("if (RuleStats.enabled) RuleStats.hit(" + typeConst(r.name) + ");");
            String value;
            if (a.action != null) {
                value = expandAction(a.action);
            } else if (r.isGather()) {
                value = "seqInsertInFront(" + varOf.get(a.items.get(0)) + ", " + varOf.get(a.items.get(1)) + ")";
            } else {
                List<NamedItem> values = new ArrayList<>(varOf.keySet());
                if (vars.size() == 1) {
                    String v = vars.get(0)[0];
                    String vt = vars.get(0)[1];
                    String raw = resType.contains("<") ? resType.substring(0, resType.indexOf('<')) : resType;
                    value = vt.equals(resType) || resType.equals(OBJECT) ? v
                            : "(" + resType + ") passOn(" + v + ", " + raw + ".class)";
                } else {
                    value = resType.equals(OBJECT) ? "DUMMY" : "(" + resType + ") dummyName()";
                }
            }
            if (loop) {
                line("if (_children == null) _children = new java.util.ArrayList<>();");
                line("_children.add(" + value + ");");
                line("_mark = mark;");
                indent--;
                line("}");
                line("mark = _mark;");
            } else {
                line("_res = " + value + ";");
                line("break done;");
                indent--;
                line("}");
                line("mark = _mark;");
                if (hasCut) {
                    line("if (_cut) {");
                    line("    level--;");
                    line("    return null;");
                    line("}");
                }
            }
            indent--;
            line("}");
        }

        private static String expandAction(String action) {
            return action.replace("EXTRA", "_sl, _sc, _el, _ec").replaceAll("\\s*\\n\\s*", " ");
        }

        /** A condition that matches item {@code it} and stores its value in {@code var}. */
        private String itemCond(NamedItem it, String var) {
            Node n = it.item;
            String cast = it.type != null ? "(" + it.type + ") (Object) " : "";
            if (n instanceof Opt) {
                return "ok(" + var + " = " + cast + call(((Opt) n).node) + ")";
            }
            if (n instanceof Forced) {
                Node f = ((Forced) n).node;
                if (!(f instanceof StringLeaf)) throw new IllegalStateException("forced non-token " + f);
                String v = ((StringLeaf) f).unquoted();
                return "(" + var + " = expectForcedToken(" + tokenConst((StringLeaf) f) + ", \"" + v + "\")) != null";
            }
            return "(" + var + " = " + cast + call(n) + ") != null";
        }

        private String lookaheadCond(Lookahead la) {
            String c = "restoreMark(saveMark(), " + call(la.node) + " != null)";
            return la.positive ? c : "!" + c;
        }

        /** The Java call that parses {@code n}. */
        private String call(Node n) {
            if (n instanceof NamedItem) return call(((NamedItem) n).item);
            if (n instanceof NameLeaf) {
                String v = ((NameLeaf) n).value;
                switch (v) {
                    case "NAME": return "nameToken()";
                    case "NUMBER": return "numberToken()";
                    case "STRING": return "stringToken()";
                    case "SOFT_KEYWORD": return "softKeywordToken()";
                    default:
                        if (TOKEN_NAMES.contains(v)) return "expectToken(Tokens." + v + ")";
                        if (!allRules.containsKey(v)) throw new IllegalStateException("dangling reference to " + v);
                        return v + "_rule()";
                }
            }
            if (n instanceof StringLeaf) {
                StringLeaf s = (StringLeaf) n;
                if (s.isIdentifierLike() && s.value.startsWith("\"")) {
                    return "expectSoftKeyword(\"" + s.unquoted() + "\")";
                }
                return "expectToken(" + tokenConst(s) + ")";
            }
            if (n instanceof Group) return call(((Group) n).rhs);
            if (n instanceof Rhs) {
                Rhs rhs = (Rhs) n;
                if (rhs.canBeInlined()) return call(rhs.alts.get(0).items.get(0));
                return artificial.get(n) + "_rule()";
            }
            if (n instanceof Opt) return call(((Opt) n).node);
            if (n instanceof Repeat || n instanceof Gather) return artificial.get(n) + "_rule()";
            throw new IllegalStateException("cannot call " + n);
        }

        private String tokenConst(StringLeaf s) {
            String v = s.unquoted();
            if (s.isIdentifierLike()) return keywordConst(v);
            String t = OPERATORS.get(v);
            if (t == null) throw new IllegalStateException("unknown operator " + s.value);
            return "Tokens." + t;
        }

        private static String oneLine(String s) {
            s = s.replaceAll("\\s+", " ");
            return s.length() > 150 ? s.substring(0, 147) + "..." : s;
        }

        private void line(String s) {
            if (!s.isEmpty()) out.append("    ".repeat(indent));
            out.append(s).append('\n');
        }
    }
}
