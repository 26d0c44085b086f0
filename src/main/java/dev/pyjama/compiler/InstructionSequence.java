package dev.pyjama.compiler;

import dev.pyjama.code.Opcode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A flat list of instructions, what the code generator emits and what the assembler reads.
 * Jumps and SETUP_* name their target by a label: {@link #newLabel()} hands one out,
 * {@link #useLabel(int)} pins it to the next instruction, and {@link #applyLabelMap()}
 * finally replaces label ids by instruction indices. A sequence on which no label was ever
 * used already holds indices.
 *
 * <p>Instructions live in parallel arrays (opcode, oparg, location, exception handler) to
 * keep emission allocation-free.
 */
// CPython: Python/instruction_sequence.c, Include/internal/pycore_instruction_sequence.h
public final class InstructionSequence {
    /** The label id meaning "no label". */
    public static final int NO_LABEL = -1;

    private static final int INITIAL_SIZE = 100;
    private static final int INITIAL_LABEL_MAP_SIZE = 10;
    /** What an unused slot of the label map holds (any use of it is a code generator bug). */
    private static final int UNSET_LABEL = -111;

    int[] opcodes = new int[INITIAL_SIZE];
    int[] opargs = new int[INITIAL_SIZE];
    Location[] locations = new Location[INITIAL_SIZE];
    // The exception handler of each instruction: label (-1 for none), stack depth at the
    // handler, and whether the handler wants lasti pushed. Set by the flow graph.
    int[] handlerLabels = new int[INITIAL_SIZE];
    int[] handlerStartDepths = new int[INITIAL_SIZE];
    boolean[] handlerPreserveLasti = new boolean[INITIAL_SIZE];
    // Scratch space of the assembler: jump target index and byte offset of each instruction.
    int[] targets = new int[INITIAL_SIZE];
    int[] offsets = new int[INITIAL_SIZE];
    int used;

    private int nextFreeLabel;
    private int[] labelMap;
    private List<InstructionSequence> nested;

    /** The number of instructions. */
    public int size() {
        return used;
    }

    public int opcode(int i) {
        return opcodes[i];
    }

    public int oparg(int i) {
        return opargs[i];
    }

    public Location location(int i) {
        return locations[i];
    }

    /** The exception handler's label (an instruction index once labels are applied), or -1. */
    public int handlerLabel(int i) {
        return handlerLabels[i];
    }

    // CPython: Python/instruction_sequence.c instr_sequence_next_inst
    private int nextInstruction() {
        if (used == opcodes.length) {
            int n = used * 2;
            opcodes = Arrays.copyOf(opcodes, n);
            opargs = Arrays.copyOf(opargs, n);
            locations = Arrays.copyOf(locations, n);
            handlerLabels = Arrays.copyOf(handlerLabels, n);
            handlerStartDepths = Arrays.copyOf(handlerStartDepths, n);
            handlerPreserveLasti = Arrays.copyOf(handlerPreserveLasti, n);
            targets = Arrays.copyOf(targets, n);
            offsets = Arrays.copyOf(offsets, n);
        }
        return used++;
    }

    /** A fresh label id (ids start at 1). */
    // CPython: Python/instruction_sequence.c _PyInstructionSequence_NewLabel
    public int newLabel() {
        return ++nextFreeLabel;
    }

    /** Makes {@code label} refer to the next instruction added. */
    // CPython: Python/instruction_sequence.c _PyInstructionSequence_UseLabel
    public void useLabel(int label) {
        if (labelMap == null) {
            labelMap = new int[Math.max(INITIAL_LABEL_MAP_SIZE, label + INITIAL_LABEL_MAP_SIZE)];
            Arrays.fill(labelMap, UNSET_LABEL);
        } else if (label >= labelMap.length) {
            int old = labelMap.length;
            int n = old * 2;
            if (label >= n) n = label + INITIAL_LABEL_MAP_SIZE;
            labelMap = Arrays.copyOf(labelMap, n);
            Arrays.fill(labelMap, old, n, UNSET_LABEL);
        }
        labelMap[label] = used;
    }

    /**
     * Appends an instruction. For jumps and SETUP_* the oparg is a label id; an opcode
     * without argument must have oparg 0.
     */
    // CPython: Python/instruction_sequence.c _PyInstructionSequence_Addop
    public void addop(int opcode, int oparg, Location loc) {
        assert OpcodeUtils.isWithinOpcodeRange(opcode) : Opcode.name(opcode);
        assert Opcode.hasArg(opcode) || OpcodeUtils.hasTarget(opcode) || oparg == 0 : Opcode.name(opcode);
        assert 0 <= oparg && oparg < (1 << 30);
        int i = nextInstruction();
        opcodes[i] = opcode;
        opargs[i] = oparg;
        locations[i] = loc;
        handlerLabels[i] = NO_LABEL;
    }

    /** Inserts an instruction before index {@code pos}, moving labels that pointed at or after it. */
    // CPython: Python/instruction_sequence.c _PyInstructionSequence_InsertInstruction
    public void insertInstruction(int pos, int opcode, int oparg, Location loc) {
        assert pos >= 0 && pos <= used;
        int last = nextInstruction();
        int n = last - pos;
        System.arraycopy(opcodes, pos, opcodes, pos + 1, n);
        System.arraycopy(opargs, pos, opargs, pos + 1, n);
        System.arraycopy(locations, pos, locations, pos + 1, n);
        System.arraycopy(handlerLabels, pos, handlerLabels, pos + 1, n);
        System.arraycopy(handlerStartDepths, pos, handlerStartDepths, pos + 1, n);
        System.arraycopy(handlerPreserveLasti, pos, handlerPreserveLasti, pos + 1, n);
        opcodes[pos] = opcode;
        opargs[pos] = oparg;
        locations[pos] = loc;
        if (labelMap != null) {
            for (int lbl = 0; lbl < labelMap.length; lbl++) {
                if (labelMap[lbl] >= pos) labelMap[lbl]++;
            }
        }
    }

    /** Sets the exception handler of the last instruction added. */
    void setLastHandler(int label, int startDepth, boolean preserveLasti) {
        int i = used - 1;
        handlerLabels[i] = label;
        handlerStartDepths[i] = startDepth;
        handlerPreserveLasti[i] = preserveLasti;
    }

    /** Replaces label ids by instruction indices, in targets and handlers. Runs at most once. */
    // CPython: Python/instruction_sequence.c _PyInstructionSequence_ApplyLabelMap
    public void applyLabelMap() {
        if (labelMap == null) return;
        for (int i = 0; i < used; i++) {
            if (OpcodeUtils.hasTarget(opcodes[i])) {
                assert opargs[i] < labelMap.length;
                opargs[i] = labelMap[opargs[i]];
            }
            if (handlerLabels[i] >= 0) {
                handlerLabels[i] = labelMap[handlerLabels[i]];
            }
        }
        labelMap = null;
    }

    /** Whether label ids have already been turned into instruction indices (or none were used). */
    public boolean labelsApplied() {
        return labelMap == null;
    }

    /** Records the sequence of a nested code unit (kept for tests and tools). */
    // CPython: Python/instruction_sequence.c _PyInstructionSequence_AddNested
    public void addNested(InstructionSequence seq) {
        if (nested == null) nested = new ArrayList<>();
        nested.add(seq);
    }

    public List<InstructionSequence> nested() {
        return nested == null ? List.of() : nested;
    }

    /** One line per instruction: name, oparg and location, for messages and debugging. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < used; i++) {
            Location l = locations[i];
            sb.append(i).append(": ").append(Opcode.name(opcodes[i])).append(' ').append(opargs[i])
              .append(" @").append(l.lineno()).append(',').append(l.endLineno()).append(',')
              .append(l.colOffset()).append(',').append(l.endColOffset()).append('\n');
        }
        return sb.toString();
    }
}
