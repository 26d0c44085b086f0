package dev.pyjama.compiler;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One code unit as tools/compiler/backend_oracle.py printed it: CPython's code generator
 * output with its metadata, CPython's optimiser output, and the final code object.
 */
final class OracleUnit {
    String file;
    String error;
    String kind;
    int nparams;
    int flags;
    /** For nested units: whether the reconstructed constants reproduce CPython's result. */
    boolean verified = true;
    String name, qualname;
    int argcount, posonlyargcount, kwonlyargcount, firstlineno;
    String constsLine;
    List<String> names = new ArrayList<>(), varnames = new ArrayList<>(), fasthidden = new ArrayList<>();
    List<String> cellvars = new ArrayList<>(), freevars = new ArrayList<>();
    List<Integer> cellIndex = new ArrayList<>(), freeIndex = new ArrayList<>();
    List<String> seq = new ArrayList<>();
    List<String> opt = new ArrayList<>();
    String optConstsLine;
    String finalLine;
    String asmLine;

    /** The next unit (or file error) from the oracle's output, or null at the end. */
    static OracleUnit read(BufferedReader in, String[] currentFile) throws IOException {
        OracleUnit u = null;
        String line;
        while ((line = in.readLine()) != null) {
            int sp = line.indexOf(' ');
            String tag = sp < 0 ? line : line.substring(0, sp);
            String rest = sp < 0 ? "" : line.substring(sp + 1);
            switch (tag) {
                case "file":
                    currentFile[0] = rest;
                    break;
                case "error": {
                    OracleUnit e = new OracleUnit();
                    e.file = currentFile[0];
                    e.error = OracleValues.str(rest).value();
                    return e;
                }
                case "unit": {
                    u = new OracleUnit();
                    u.file = currentFile[0];
                    String[] p = rest.split(" ");
                    u.kind = p[0];
                    u.nparams = Integer.parseInt(p[1]);
                    u.flags = Integer.parseInt(p[2]);
                    if (p.length > 3) u.verified = p[3].equals("1");
                    break;
                }
                case "meta": {
                    String[] p = rest.split(" ");
                    u.name = OracleValues.name(p[0]);
                    u.qualname = OracleValues.name(p[1]);
                    u.argcount = Integer.parseInt(p[2]);
                    u.posonlyargcount = Integer.parseInt(p[3]);
                    u.kwonlyargcount = Integer.parseInt(p[4]);
                    u.firstlineno = Integer.parseInt(p[5]);
                    break;
                }
                case "consts": u.constsLine = rest; break;
                case "names": strings(rest, u.names); break;
                case "varnames": strings(rest, u.varnames); break;
                case "fasthidden": strings(rest, u.fasthidden); break;
                case "cellvars": indexed(rest, u.cellvars, u.cellIndex); break;
                case "freevars": indexed(rest, u.freevars, u.freeIndex); break;
                case "seq": lines(in, Integer.parseInt(rest), u.seq); break;
                case "opt": lines(in, Integer.parseInt(rest), u.opt); break;
                case "optconsts": u.optConstsLine = rest; break;
                case "final": u.finalLine = rest; break;
                case "asm": u.asmLine = rest; break;
                case "end": return u;
                default: throw new IOException("unexpected oracle line: " + line);
            }
        }
        return null;
    }

    private static void strings(String rest, List<String> out) {
        if (rest.isEmpty()) return;
        for (String t : rest.split(" ")) out.add(OracleValues.name(t));
    }

    private static void indexed(String rest, List<String> names, List<Integer> idx) {
        if (rest.isEmpty()) return;
        String[] p = rest.split(" ");
        for (int i = 0; i < p.length; i += 2) {
            names.add(OracleValues.name(p[i]));
            idx.add(Integer.parseInt(p[i + 1]));
        }
    }

    private static void lines(BufferedReader in, int n, List<String> out) throws IOException {
        for (int i = 0; i < n; i++) out.add(in.readLine());
    }

    /** The code generator's output as an instruction sequence (jump targets are indices). */
    InstructionSequence sequence() {
        InstructionSequence s = new InstructionSequence();
        for (String line : seq) {
            String[] p = line.split(" ");
            s.addop(Integer.parseInt(p[0]), Integer.parseInt(p[1]), new Location(Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]), Integer.parseInt(p[4]), Integer.parseInt(p[5])));
        }
        return s;
    }

    List<PyObject> consts(OracleValues values) {
        return new ArrayList<>(List.of(((dev.pyjama.objects.PyTuple) values.value(
                new OracleValues.Tokens(constsLine))).items));
    }

    List<PyObject> optConsts(OracleValues values) {
        return List.of(((dev.pyjama.objects.PyTuple) values.value(new OracleValues.Tokens(optConstsLine))).items);
    }

    /** The metadata as the code generator would have built it, constants merged into {@code cache}. */
    CodeUnitMetadata metadata(OracleValues values, ConstCache cache) {
        CodeUnitMetadata md = new CodeUnitMetadata(name, firstlineno);
        md.qualname = qualname;
        md.argcount = argcount;
        md.posonlyargcount = posonlyargcount;
        md.kwonlyargcount = kwonlyargcount;
        List<PyObject> consts = consts(values);
        for (int i = 0; i < consts.size(); i++) {
            int index = md.addConst(cache, consts.get(i));
            if (index != i) throw new IllegalStateException("constant " + i + " merged with " + index);
        }
        for (String n : names) CodeUnitMetadata.dictAdd(md.names, n);
        for (String n : varnames) CodeUnitMetadata.dictAdd(md.varnames, n);
        for (int i = 0; i < cellvars.size(); i++) md.cellvars.put(cellvars.get(i), cellIndex.get(i));
        for (int i = 0; i < freevars.size(); i++) md.freevars.put(freevars.get(i), freeIndex.get(i));
        for (String n : fasthidden) md.fasthidden.put(n, Boolean.TRUE);
        return md;
    }

    /** The metadata for assembling the optimiser's output: its constants, unmerged. */
    CodeUnitMetadata asmMetadata(OracleValues values) {
        CodeUnitMetadata md = metadata(values, new ConstCache());
        CodeUnitMetadata out = new CodeUnitMetadata(md.name, md.firstlineno);
        out.qualname = md.qualname;
        out.argcount = md.argcount;
        out.posonlyargcount = md.posonlyargcount;
        out.kwonlyargcount = md.kwonlyargcount;
        out.names.putAll(md.names);
        out.varnames.putAll(md.varnames);
        out.cellvars.putAll(md.cellvars);
        out.freevars.putAll(md.freevars);
        out.fasthidden.putAll(md.fasthidden);
        for (PyObject c : optConsts(values)) out.addConstKey(ConstantKey.identity(c));
        return out;
    }

    /** The optimiser's output as an instruction sequence. */
    InstructionSequence optSequence() {
        InstructionSequence s = new InstructionSequence();
        for (String line : opt) {
            String[] p = line.split(" ");
            s.addop(Integer.parseInt(p[0]), Integer.parseInt(p[1]), new Location(Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]), Integer.parseInt(p[4]), Integer.parseInt(p[5])));
        }
        return s;
    }

    PyCode expectedFinal(OracleValues values) {
        return values.code(new OracleValues.Tokens(finalLine));
    }

    /** Instructions in the oracle's line format. */
    static List<String> lines(InstructionSequence s) {
        List<String> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            Location l = s.location(i);
            out.add(s.opcode(i) + " " + s.oparg(i) + " " + l.lineno() + " " + l.endLineno() + " "
                    + l.colOffset() + " " + l.endColOffset());
        }
        return out;
    }
}
