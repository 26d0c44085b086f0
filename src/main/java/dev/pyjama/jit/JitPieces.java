package dev.pyjama.jit;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * A form too large for one JVM method (HotSpot compiles no method over 8,000 bytes of bytecode,
 * so such a form would stay in the eval loop) is compiled as several: each piece a method over
 * a range of units, with entries by unit like the whole method's (0, loop headers, handlers,
 * resumption points) plus the units other pieces reach. The frame holds all the state (locals
 * and value stack live in its arrays; the instrumented form's previous unit goes in
 * {@code f.lasti}), so a jump out of a piece only sets {@code f.jitResume} and returns
 * {@link JitCode#CONTINUE}, and {@code run}, a small dispatcher, calls the piece holding that
 * unit. Everything else (exceptions, bail-outs, returns, yields) leaves {@code run} as from one
 * method. {@code -Dpyjama.jit.split=false} turns splitting off (over-size forms are refused).
 */
final class JitPieces {
    private JitPieces() {}

    static final boolean SPLIT = !"false".equals(System.getProperty("pyjama.jit.split"));
    /**
     * Long loops: a method entered a few times runs JVM-interpreted until its back edges
     * trigger an OSR compile (one per loop header entered, each by C2 again), and its normal
     * compile comes last. A piece that returns every N back edges (a counter in a local) and
     * is called again at the loop header raises HotSpot's invocation counter, so that one
     * normal compile comes first and serves every loop. {@code -Dpyjama.jit.leave=N} for the
     * instrumented form, {@code -Dpyjama.jit.leavePlain=N} for the others; 0 never. Measured
     * (docs/notes/s15-split.md, loaded machine): 16 for the instrumented form cut C2's CPU in
     * the first traced calls of dicts_sets, nbody and generators by a quarter or more, of
     * int_arith by 13-29% (against 0 on the same build), exceptions neutral; the plain form is
     * left alone (its untraced warm-up was not the problem).
     */
    static final int LEAVE_INSTRUMENTED = Integer.getInteger("pyjama.jit.leave", 16);
    static final int LEAVE_PLAIN = Integer.getInteger("pyjama.jit.leavePlain", 0);
    /** Pieces added at most, one at a time, while a piece is still over the limit (then the form stays interpreted). */
    static final int MORE_PIECES = 4;
    /** The size a piece aims at: well under the limit, since the guesses from the one-method layout are rough. */
    private static final int TARGET = Integer.getInteger("pyjama.jit.piece", 5000);

    /** How many pieces a form of {@code size} bytes as one method needs, to begin with. */
    static int count(int size) {
        return Math.max(2, (size + TARGET - 1) / TARGET);
    }

    /**
     * Where the pieces start (the first at 0), from each unit's offset in the one-method layout
     * ({@code offsets[n]}: the end of its instructions; -1 for units without code): near equal
     * shares of the bytes, each cut at an instruction's first unit, preferring (within a
     * quarter of a share) units outside loops, so that no loop runs through the dispatcher on
     * every pass, then an empty value stack. Null when there is no such unit.
     */
    static int[] cuts(int[] depth, int[] op, int[] start, int[] offsets, int[] loops, int pieces) {
        int n = depth.length, total = offsets[n];
        int[] cuts = new int[pieces];
        int prev = 0;
        for (int i = 1; i < pieces; i++) {
            int ideal = (int) ((long) total * i / pieces), slack = total / pieces / 4;
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            for (int u = prev + 1; u < n; u++) {
                if (!boundary(depth, op, start, u) || offsets[u] < 0) continue;
                int dist = Math.abs(offsets[u] - ideal);
                if (dist > slack && best >= 0 && offsets[u] > ideal) break;
                // outside loops first, then the shallowest stack, then the nearest to the ideal cut
                long score = dist > slack ? (1L << 40) + dist : ((long) loops[u] << 30) + ((long) Math.min(depth[u], 63) << 24) + dist;
                if (score < bestScore) {
                    bestScore = score;
                    best = u;
                }
            }
            if (best < 0) return null;
            cuts[i] = prev = best;
        }
        return cuts;
    }

    /** Whether a piece can start at {@code u}: the first unit of a reachable instruction (its EXTENDED_ARGs first). */
    private static boolean boundary(int[] depth, int[] op, int[] start, int u) {
        if (depth[u] < 0) return false;
        if (op[u] >= 0) return start[u] == u;
        int v = u;
        while (v < op.length && op[v] < 0) v++;
        return v < op.length && start[v] == u;
    }

    /**
     * {@code run(f, entry)}: calls the piece holding {@code entry}; while it returns
     * {@link JitCode#CONTINUE}, the piece holding {@code f.jitResume}; returns anything else.
     */
    static void dispatcher(MethodVisitor mv, String owner, int[] cuts) {
        final int f = 1, entry = 2, r = 3;
        String desc = "(Ldev/pyjama/objects/PyFrame;I)Ldev/pyjama/objects/PyObject;";
        Label top = new Label(), got = new Label();
        mv.visitLabel(top);
        for (int i = cuts.length - 1; i >= 0; i--) {
            Label below = new Label();
            if (i > 0) {
                mv.visitVarInsn(ILOAD, entry);
                mv.visitLdcInsn(cuts[i]);
                mv.visitJumpInsn(IF_ICMPLT, below);
            }
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, f);
            mv.visitVarInsn(ILOAD, entry);
            mv.visitMethodInsn(INVOKEVIRTUAL, owner, "p" + i, desc, false);
            mv.visitJumpInsn(GOTO, got);
            mv.visitLabel(below);
        }
        mv.visitLabel(got);
        mv.visitVarInsn(ASTORE, r);
        Label done = new Label();
        mv.visitVarInsn(ALOAD, r);
        mv.visitFieldInsn(GETSTATIC, "dev/pyjama/jit/JitCode", "CONTINUE", "Ldev/pyjama/objects/PyObject;");
        mv.visitJumpInsn(IF_ACMPNE, done);
        mv.visitVarInsn(ALOAD, f);
        mv.visitFieldInsn(GETFIELD, "dev/pyjama/objects/PyFrame", "jitResume", "I");
        mv.visitVarInsn(ISTORE, entry);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(done);
        mv.visitVarInsn(ALOAD, r);
        mv.visitInsn(ARETURN);
    }
}
