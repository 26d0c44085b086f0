package dev.pyjama.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed command line, following python3's rules: options, then -c/-m/file/-, then argv. */
// CPython: Python/getopt.c, Python/initconfig.c config_parse_cmdline
final class Options {
    /** What to run. */
    enum Kind { COMMAND, MODULE, FILE, STDIN, VERSION, HELP }

    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    Kind kind = Kind.STDIN;
    /** The -c command, the -m module or the file name. */
    String target;
    /** sys.argv[1:]. */
    final List<String> argv = new ArrayList<>();
    /** -X options in order, as sys._xoptions holds them (value true when there is no '='). */
    final Map<String, Object> xoptions = new LinkedHashMap<>();
    final List<String> warnOptions = new ArrayList<>();
    int optimize, verbose, bytesWarning, versionCount, debug;
    boolean isolated, ignoreEnvironment, noUserSite, noSite, unbuffered, inspect, quiet,
            dontWriteBytecode, safePath, skipFirstLine;

    static String usageLine() {
        return "usage: " + executable() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    static String executable() {
        return System.getProperty("pyjama.executable", "pyjama");
    }

    static Options parse(String[] args) throws UsageError {
        Options o = new Options();
        int i = 0;
        scan:
        while (i < args.length) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            i++;
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--version": o.versionCount++; o.kind = Kind.VERSION; continue;
                    case "--help": case "--help-env": case "--help-xoptions": case "--help-all":
                        o.kind = Kind.HELP; return o;
                    case "--check-hash-based-pycs":
                        if (i >= args.length) throw new UsageError("Argument expected for the --check-hash-based-pycs option\n");
                        i++;
                        continue;
                    default:
                        throw new UsageError("unknown option " + a + "\n");
                }
            }
            // A cluster of one-letter options; -c, -m, -X and -W take the rest or the next word.
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                switch (c) {
                    case 'c': case 'm': case 'X': case 'W': {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i < args.length) {
                            value = args[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option\n");
                        }
                        if (c == 'c') {
                            o.kind = Kind.COMMAND;
                            o.target = value + "\n";
                            break scan;
                        } else if (c == 'm') {
                            o.kind = Kind.MODULE;
                            o.target = value;
                            break scan;
                        } else if (c == 'X') {
                            int eq = value.indexOf('=');
                            if (eq < 0) o.xoptions.put(value, Boolean.TRUE);
                            else o.xoptions.put(value.substring(0, eq), value.substring(eq + 1));
                        } else {
                            o.warnOptions.add(value);
                        }
                        continue scan;
                    }
                    case 'b': o.bytesWarning++; break;
                    case 'B': o.dontWriteBytecode = true; break;
                    case 'd': o.debug++; break;
                    case 'E': o.ignoreEnvironment = true; break;
                    case 'h': case '?': o.kind = Kind.HELP; return o;
                    case 'i': o.inspect = true; break;
                    case 'I': o.isolated = true; o.ignoreEnvironment = true; o.noUserSite = true; o.safePath = true; break;
                    case 'O': o.optimize++; break;
                    case 'P': o.safePath = true; break;
                    case 'q': o.quiet = true; break;
                    case 's': o.noUserSite = true; break;
                    case 'S': o.noSite = true; break;
                    case 'u': o.unbuffered = true; break;
                    case 'v': o.verbose++; break;
                    case 'V': o.versionCount++; o.kind = Kind.VERSION; break;
                    case 'x': o.skipFirstLine = true; break;
                    case 'R': break;
                    default:
                        throw new UsageError("Unknown option: -" + c + "\n");
                }
            }
        }
        if (o.kind == Kind.VERSION) {
            return o;
        }
        if (o.kind == Kind.STDIN && i < args.length) {
            String a = args[i++];
            if (!a.equals("-")) {
                o.kind = Kind.FILE;
                o.target = a;
            }
        }
        o.argv.clear();
        while (i < args.length) {
            o.argv.add(args[i++]);
        }
        return o;
    }
}
