package dev.pyjama.compiler;

/**
 * Line numbers for instructions the code generator left without one (PEP 626): every exit
 * (return, raise) and every eval-breaker check must have a line, so shared line-less exit
 * blocks are duplicated per predecessor and then inherit the predecessor's line.
 */
// CPython: Python/flowgraph.c duplicate_exits_without_lineno, propagate_line_numbers,
// resolve_line_numbers
final class LineNumbers {
    private LineNumbers() {}

    // CPython: Python/flowgraph.c is_exit_or_eval_check_without_lineno
    private static boolean isExitOrEvalCheckWithoutLineno(BasicBlock b) {
        if (b.exitsScope() || b.hasEvalBreak()) {
            return b.hasNoLineno();
        }
        return false;
    }

    /** A copy of a block that does not fall through. */
    // CPython: Python/flowgraph.c copy_basicblock
    private static BasicBlock copyBasicblock(FlowGraph g, BasicBlock block) {
        assert block.noFallthrough();
        BasicBlock result = g.newBlock();
        result.appendInstructions(block);
        return result;
    }

    // CPython: Python/flowgraph.c duplicate_exits_without_lineno
    private static void duplicateExitsWithoutLineno(FlowGraph g) {
        int nextLbl = g.maxLabel() + 1;
        BasicBlock entryblock = g.entryblock;
        // Jumped-to exit blocks without a line: one copy per extra predecessor.
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            CfgInstr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.isJump()) {
                BasicBlock target = BasicBlock.nextNonempty(last.target);
                if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock newTarget = copyBasicblock(g, target);
                    newTarget.instr[0].loc = last.loc;
                    last.target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    newTarget.label = nextLbl++;
                    target.next = newTarget;
                }
            }
        }
        // The remaining ones are only reached by falling through: take the line from there.
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && b.iused > 0) {
                if (isExitOrEvalCheckWithoutLineno(b.next)) {
                    CfgInstr last = b.last();
                    assert last != null;
                    b.next.instr[0].loc = last.loc;
                }
            }
        }
    }

    /**
     * A line-less instruction takes the location of the one before it in its block; the
     * first instruction of a block with a single predecessor takes the predecessor's.
     */
    // CPython: Python/flowgraph.c propagate_line_numbers
    private static void propagateLineNumbers(BasicBlock entryblock) {
        for (BasicBlock b = entryblock; b != null; b = b.next) {
            CfgInstr last = b.last();
            if (last == null) {
                continue;
            }
            Location prevLocation = Location.NO_LOCATION;
            for (int i = 0; i < b.iused; i++) {
                if (b.instr[i].loc.lineno() < 0) {
                    b.instr[i].loc = prevLocation;
                } else {
                    prevLocation = b.instr[i].loc;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1) {
                if (b.next.iused > 0) {
                    if (b.next.instr[0].loc.lineno() < 0) {
                        b.next.instr[0].loc = prevLocation;
                    }
                }
            }
            if (last.isJump()) {
                BasicBlock target = last.target;
                // (CPython reads a stale slot of an emptied target; writing it has no effect.)
                if (target.predecessors == 1 && target.iused > 0) {
                    if (target.instr[0].loc.lineno() < 0) {
                        target.instr[0].loc = prevLocation;
                    }
                }
            }
        }
    }

    // CPython: Python/flowgraph.c resolve_line_numbers
    static void resolveLineNumbers(FlowGraph g, int firstlineno) {
        duplicateExitsWithoutLineno(g);
        propagateLineNumbers(g.entryblock);
    }
}
