package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.ast.*;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompilerUnit.FrameBlock;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.List;

/** Code generation for statements, and the frame-block unwinding that return, break and continue need. */
// CPython: Python/compile.c compiler_visit_stmt and the statement helpers
class StatementCodegen extends PatternCodegen {

    StatementCodegen(CompileContext ctx, SymbolTable st, FutureFeatures future, int flags, int optimize) {
        super(ctx, st, future, flags, optimize);
    }

    // CPython: Python/compile.c compiler_visit_stmt
    @Override
    final void visitStmt(AstStmt s) {
        Location loc = loc(s);
        if (s instanceof FunctionDef || s instanceof AsyncFunctionDef) {
            visitFunction(s);
        } else if (s instanceof ClassDef c) {
            visitClass(c);
        } else if (s instanceof TypeAlias t) {
            visitTypeAlias(t);
        } else if (s instanceof Return r) {
            visitReturn(r);
        } else if (s instanceof Delete d) {
            visitExprs(d.targets);
        } else if (s instanceof Assign a) {
            int n = a.targets.size();
            visitExpr(a.value);
            for (int i = 0; i < n; i++) {
                if (i < n - 1) {
                    addopI(loc, COPY, 1);
                }
                visitExpr(a.targets.get(i));
            }
        } else if (s instanceof AugAssign a) {
            visitAugAssign(a);
        } else if (s instanceof AnnAssign a) {
            visitAnnAssign(a);
        } else if (s instanceof For f) {
            visitFor(f);
        } else if (s instanceof While w) {
            visitWhile(w);
        } else if (s instanceof If i) {
            visitIf(i);
        } else if (s instanceof Match m) {
            visitMatch(m);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc != null) {
                visitExpr(r.exc);
                n++;
                if (r.cause != null) {
                    visitExpr(r.cause);
                    n++;
                }
            }
            addopI(loc, RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(loc, t.body, t.handlers, t.orelse, t.finalbody, false);
            } else {
                tryExcept(loc, t.body, t.handlers, t.orelse);
            }
        } else if (s instanceof TryStar t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(loc, t.body, t.handlers, t.orelse, t.finalbody, true);
            } else {
                tryStarExcept(loc, t.body, t.handlers, t.orelse);
            }
        } else if (s instanceof Assert a) {
            visitAssert(a);
        } else if (s instanceof Import i) {
            visitImport(i);
        } else if (s instanceof ImportFrom i) {
            visitImportFrom(i);
        } else if (s instanceof Global || s instanceof Nonlocal) {
            // Nothing to run: the symbol table has used them.
        } else if (s instanceof Expr e) {
            visitStmtExpr(loc, e.value);
        } else if (s instanceof Pass) {
            addop(loc, NOP);
        } else if (s instanceof Break) {
            visitBreak(loc);
        } else if (s instanceof Continue) {
            visitContinue(loc);
        } else if (s instanceof With w) {
            visitWith(w, 0);
        } else if (s instanceof AsyncWith w) {
            visitAsyncWith(w, 0);
        } else if (s instanceof AsyncFor f) {
            visitAsyncFor(f);
        } else {
            throw new IllegalStateException("unknown statement " + s.pyName());
        }
    }

    // ------------------------------------------------------------------------------------
    // Bodies

    /** Whether a body (not counting nested functions and classes) has an annotated assignment. */
    // CPython: Python/compile.c find_ann
    static boolean findAnn(List<AstStmt> stmts) {
        for (AstStmt st : stmts) {
            boolean res;
            if (st instanceof AnnAssign) {
                return true;
            } else if (st instanceof For f) {
                res = findAnn(f.body) || findAnn(f.orelse);
            } else if (st instanceof AsyncFor f) {
                res = findAnn(f.body) || findAnn(f.orelse);
            } else if (st instanceof While w) {
                res = findAnn(w.body) || findAnn(w.orelse);
            } else if (st instanceof If i) {
                res = findAnn(i.body) || findAnn(i.orelse);
            } else if (st instanceof With w) {
                res = findAnn(w.body);
            } else if (st instanceof AsyncWith w) {
                res = findAnn(w.body);
            } else if (st instanceof Try t) {
                for (AstExcepthandler h : t.handlers) {
                    if (findAnn(((ExceptHandler) h).body)) return true;
                }
                res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
            } else if (st instanceof TryStar t) {
                for (AstExcepthandler h : t.handlers) {
                    if (findAnn(((ExceptHandler) h).body)) return true;
                }
                res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
            } else if (st instanceof Match m) {
                for (MatchCase c : m.cases) {
                    if (findAnn(c.body)) return true;
                }
                res = false;
            } else {
                res = false;
            }
            if (res) return true;
        }
        return false;
    }

    /** A module or class body: __annotations__ setup, the docstring, then the statements. */
    // CPython: Python/compile.c compiler_body
    @Override
    final void body(Location loc, List<AstStmt> stmts) {
        // At module level, SETUP_ANNOTATIONS takes the first statement's line.
        if (u.scopeType == CompilerUnit.SCOPE_MODULE && !stmts.isEmpty()) {
            loc = loc(stmts.get(0));
        }
        if (findAnn(stmts)) {
            addop(loc, SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int firstInstr = 0;
        PyStr docstring = FutureFeatures.docString(stmts);
        if (docstring != null) {
            firstInstr = 1;
            if (optimize < 2) {
                PyStr clean = cleanDoc(docstring);
                loadConst(loc(((Expr) stmts.get(0)).value), clean);
                nameop(NO_LOCATION, "__doc__", AstExprContext.Store);
            }
        }
        for (int i = firstInstr; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    // ------------------------------------------------------------------------------------
    // Unwinding frame blocks for return, break and continue

    /** Where an unwinding instruction goes, and the loop it stopped at. */
    private static final class Unwind {
        Location loc;
        FrameBlock loop;

        Unwind(Location loc) {
            this.loc = loc;
        }
    }

    /**
     * Emits the code leaving one frame block. With preserveTos, the value on top of the
     * stack (a return value) is kept above what the block pops.
     */
    // CPython: Python/compile.c compiler_unwind_fblock
    private void unwindFblock(Unwind w, FrameBlock info, boolean preserveTos) {
        switch (info.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
            case STOP_ITERATION:
                return;
            case FOR_LOOP:
                // Pop the iterator.
                if (preserveTos) addopI(w.loc, SWAP, 2);
                addop(w.loc, POP_TOP);
                return;
            case TRY_EXCEPT:
                addop(w.loc, POP_BLOCK);
                return;
            case FINALLY_TRY:
                // This POP_BLOCK gets the line of the unwinding statement.
                addop(w.loc, POP_BLOCK);
                if (preserveTos) {
                    pushFblock(w.loc, FrameBlock.Type.POP_VALUE, NO_LABEL, NO_LABEL, null);
                }
                @SuppressWarnings("unchecked")
                List<AstStmt> finalbody = (List<AstStmt>) info.datum;
                visitStmts(finalbody);
                if (preserveTos) {
                    popFblock(FrameBlock.Type.POP_VALUE, NO_LABEL);
                }
                // The finally body should seem to run after the unwinding statement.
                w.loc = NO_LOCATION;
                return;
            case FINALLY_END:
                if (preserveTos) addopI(w.loc, SWAP, 2);
                addop(w.loc, POP_TOP); // exc_value
                if (preserveTos) addopI(w.loc, SWAP, 2);
                addop(w.loc, POP_BLOCK);
                addop(w.loc, POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH:
                w.loc = info.loc;
                addop(w.loc, POP_BLOCK);
                if (preserveTos) addopI(w.loc, SWAP, 2);
                callExitWithNones(w.loc);
                if (info.type == FrameBlock.Type.ASYNC_WITH) {
                    addopI(w.loc, GET_AWAITABLE, 2);
                    loadConst(w.loc, PyNone.NONE);
                    addYieldFrom(w.loc, true);
                }
                addop(w.loc, POP_TOP);
                // The __exit__ call should seem to run after the unwinding statement.
                w.loc = NO_LOCATION;
                return;
            case HANDLER_CLEANUP: {
                String name = (String) info.datum;
                if (name != null) addop(w.loc, POP_BLOCK);
                if (preserveTos) addopI(w.loc, SWAP, 2);
                addop(w.loc, POP_BLOCK);
                addop(w.loc, POP_EXCEPT);
                if (name != null) {
                    loadConst(w.loc, PyNone.NONE);
                    nameop(w.loc, name, AstExprContext.Store);
                    nameop(w.loc, name, AstExprContext.Del);
                }
                return;
            }
            case POP_VALUE:
                if (preserveTos) addopI(w.loc, SWAP, 2);
                addop(w.loc, POP_TOP);
                return;
            default:
                throw new IllegalStateException("frame block " + info.type);
        }
    }

    /** Unwinds the frame blocks, innermost first; with stopAtLoop, stops at the first loop. */
    // CPython: Python/compile.c compiler_unwind_fblock_stack
    private void unwindFblockStack(Unwind w, boolean preserveTos, boolean stopAtLoop) {
        if (u.nfblocks == 0) {
            return;
        }
        FrameBlock top = u.fblocks[u.nfblocks - 1];
        if (top.type == FrameBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw error(w.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (stopAtLoop && (top.type == FrameBlock.Type.WHILE_LOOP || top.type == FrameBlock.Type.FOR_LOOP)) {
            w.loop = top;
            return;
        }
        u.nfblocks--;
        unwindFblock(w, top, preserveTos);
        unwindFblockStack(w, preserveTos, stopAtLoop);
        u.fblocks[u.nfblocks] = top;
        u.nfblocks++;
    }

    // CPython: Python/compile.c compiler_return
    private void visitReturn(Return s) {
        Location loc = loc(s);
        boolean preserveTos = s.value != null && !(s.value instanceof Constant);
        if (!u.ste.isFunctionLike()) {
            throw error(loc, "'return' outside function");
        }
        if (s.value != null && u.ste.coroutine && u.ste.generator) {
            throw error(loc, "'return' with value in async generator");
        }
        if (preserveTos) {
            visitExpr(s.value);
        } else if (s.value != null) {
            // An instruction with the return value's line; the return takes its position too.
            loc = loc(s.value);
            addop(loc, NOP);
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            loc = loc(s);
            addop(loc, NOP);
        }
        Unwind w = new Unwind(loc);
        unwindFblockStack(w, preserveTos, false);
        if (s.value == null) {
            loadConst(w.loc, PyNone.NONE);
        } else if (!preserveTos) {
            loadConst(w.loc, ((Constant) s.value).value);
        }
        addop(w.loc, RETURN_VALUE);
    }

    // CPython: Python/compile.c compiler_break
    private void visitBreak(Location loc) {
        addop(loc, NOP);
        Unwind w = new Unwind(loc);
        unwindFblockStack(w, false, true);
        if (w.loop == null) {
            throw error(loc, "'break' outside loop");
        }
        unwindFblock(w, w.loop, false);
        addopJump(w.loc, JUMP, w.loop.exit);
    }

    // CPython: Python/compile.c compiler_continue
    private void visitContinue(Location loc) {
        addop(loc, NOP);
        Unwind w = new Unwind(loc);
        unwindFblockStack(w, false, true);
        if (w.loop == null) {
            throw error(loc, "'continue' not properly in loop");
        }
        addopJump(w.loc, JUMP, w.loop.block);
    }

    // ------------------------------------------------------------------------------------
    // Control flow

    // CPython: Python/compile.c compiler_if
    private void visitIf(If s) {
        int end = newLabel();
        int next = s.orelse.isEmpty() ? end : newLabel();
        jumpIf(loc(s), s.test, next, false);
        visitStmts(s.body);
        if (!s.orelse.isEmpty()) {
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
            useLabel(next);
            visitStmts(s.orelse);
        }
        useLabel(end);
    }

    // CPython: Python/compile.c compiler_for
    private void visitFor(For s) {
        Location loc = loc(s);
        int start = newLabel(), body = newLabel(), cleanup = newLabel(), end = newLabel();
        pushFblock(loc, FrameBlock.Type.FOR_LOOP, start, end, null);
        visitExpr(s.iter);
        loc = loc(s.iter);
        addop(loc, GET_ITER);
        useLabel(start);
        addopJump(loc, FOR_ITER, cleanup);
        // For the line events of a multi-line for; removed when redundant.
        addop(loc(s.target), NOP);
        useLabel(body);
        visitExpr(s.target);
        visitStmts(s.body);
        addopJump(NO_LOCATION, JUMP, start);
        useLabel(cleanup);
        // END_FOR first: instrumentation relies on it.
        addop(NO_LOCATION, END_FOR);
        addop(NO_LOCATION, POP_TOP);
        popFblock(FrameBlock.Type.FOR_LOOP, start);
        visitStmts(s.orelse);
        useLabel(end);
    }

    // CPython: Python/compile.c compiler_async_for
    private void visitAsyncFor(AsyncFor s) {
        Location loc = loc(s);
        if (isTopLevelAwait()) {
            u.ste.coroutine = true;
        } else if (u.scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION) {
            throw error(loc, "'async for' outside async function");
        }
        int start = newLabel(), except = newLabel(), end = newLabel();
        visitExpr(s.iter);
        addop(loc(s.iter), GET_AITER);
        useLabel(start);
        pushFblock(loc, FrameBlock.Type.FOR_LOOP, start, end, null);
        // A handler around __anext__.
        addopJump(loc, SETUP_FINALLY, except);
        addop(loc, GET_ANEXT);
        loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, true);
        addop(loc, POP_BLOCK);
        visitExpr(s.target);
        visitStmts(s.body);
        addopJump(NO_LOCATION, JUMP, start);
        popFblock(FrameBlock.Type.FOR_LOOP, start);
        useLabel(except);
        // END_ASYNC_FOR follows the loop, so it takes the iterator's line.
        addop(loc(s.iter), END_ASYNC_FOR);
        visitStmts(s.orelse);
        useLabel(end);
    }

    // CPython: Python/compile.c compiler_while
    private void visitWhile(While s) {
        int loop = newLabel(), body = newLabel(), end = newLabel(), anchor = newLabel();
        useLabel(loop);
        pushFblock(loc(s), FrameBlock.Type.WHILE_LOOP, loop, end, null);
        jumpIf(loc(s), s.test, anchor, false);
        useLabel(body);
        visitStmts(s.body);
        jumpIf(loc(s), s.test, body, true);
        popFblock(FrameBlock.Type.WHILE_LOOP, loop);
        useLabel(anchor);
        visitStmts(s.orelse);
        useLabel(end);
    }

    // ------------------------------------------------------------------------------------
    // try

    /** try/finally (and try-star/finally); the body part is a try/except when there are handlers. */
    // CPython: Python/compile.c compiler_try_finally, compiler_try_star_finally
    private void tryFinally(Location loc, List<AstStmt> body, List<AstExcepthandler> handlers, List<AstStmt> orelse,
                            List<AstStmt> finalbody, boolean star) {
        int bodyLabel = newLabel(), end = newLabel(), exit = newLabel(), cleanup = newLabel();
        addopJump(loc, SETUP_FINALLY, end);
        useLabel(bodyLabel);
        pushFblock(loc, FrameBlock.Type.FINALLY_TRY, bodyLabel, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(loc, body, handlers, orelse);
            } else {
                tryExcept(loc, body, handlers, orelse);
            }
        } else {
            visitStmts(body);
        }
        addop(NO_LOCATION, POP_BLOCK);
        popFblock(FrameBlock.Type.FINALLY_TRY, bodyLabel);
        visitStmts(finalbody);
        addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, exit);

        // The finally body for the exceptional path.
        useLabel(end);
        addopJump(NO_LOCATION, SETUP_CLEANUP, cleanup);
        addop(NO_LOCATION, PUSH_EXC_INFO);
        pushFblock(NO_LOCATION, FrameBlock.Type.FINALLY_END, end, NO_LABEL, null);
        visitStmts(finalbody);
        popFblock(FrameBlock.Type.FINALLY_END, end);
        addopI(NO_LOCATION, RERAISE, 0);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(exit);
    }

    /** Binds nothing more, then "name = None; del name" (artificial), as a handler's end does. */
    private void clearHandlerName(String name) {
        loadConst(NO_LOCATION, PyNone.NONE);
        nameop(NO_LOCATION, name, AstExprContext.Store);
        nameop(NO_LOCATION, name, AstExprContext.Del);
    }

    // CPython: Python/compile.c compiler_try_except
    private void tryExcept(Location loc, List<AstStmt> body, List<AstExcepthandler> handlers, List<AstStmt> orelse) {
        int bodyLabel = newLabel(), except = newLabel(), end = newLabel(), cleanup = newLabel();
        addopJump(loc, SETUP_FINALLY, except);
        useLabel(bodyLabel);
        pushFblock(loc, FrameBlock.Type.TRY_EXCEPT, bodyLabel, NO_LABEL, null);
        visitStmts(body);
        popFblock(FrameBlock.Type.TRY_EXCEPT, bodyLabel);
        addop(NO_LOCATION, POP_BLOCK);
        visitStmts(orelse);
        addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
        int n = handlers.size();

        useLabel(except);
        addopJump(NO_LOCATION, SETUP_CLEANUP, cleanup);
        addop(NO_LOCATION, PUSH_EXC_INFO);
        // The runtime pushes a block here.
        pushFblock(loc, FrameBlock.Type.EXCEPTION_HANDLER, NO_LABEL, NO_LABEL, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = (ExceptHandler) handlers.get(i);
            Location hloc = loc(handler);
            if (handler.type == null && i < n - 1) {
                throw error(hloc, "default 'except:' must be last");
            }
            except = newLabel();
            if (handler.type != null) {
                visitExpr(handler.type);
                addop(hloc, CHECK_EXC_MATCH);
                addopJump(hloc, POP_JUMP_IF_FALSE, except);
            }
            if (handler.name != null) {
                int cleanupEnd = newLabel(), cleanupBody = newLabel();
                nameop(hloc, handler.name, AstExprContext.Store);
                // try: body finally: name = None; del name  (the body may "del name")
                addopJump(hloc, SETUP_CLEANUP, cleanupEnd);
                useLabel(cleanupBody);
                pushFblock(hloc, FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, NO_LABEL, handler.name);
                visitStmts(handler.body);
                popFblock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody);
                addop(NO_LOCATION, POP_BLOCK);
                addop(NO_LOCATION, POP_BLOCK);
                addop(NO_LOCATION, POP_EXCEPT);
                clearHandlerName(handler.name);
                addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);

                useLabel(cleanupEnd);
                clearHandlerName(handler.name);
                addopI(NO_LOCATION, RERAISE, 1);
            } else {
                int cleanupBody = newLabel();
                addop(hloc, POP_TOP); // exc_value
                useLabel(cleanupBody);
                pushFblock(hloc, FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, NO_LABEL, null);
                visitStmts(handler.body);
                popFblock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody);
                addop(NO_LOCATION, POP_BLOCK);
                addop(NO_LOCATION, POP_EXCEPT);
                addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);
            }
            useLabel(except);
        }
        popFblock(FrameBlock.Type.EXCEPTION_HANDLER, NO_LABEL);
        addopI(NO_LOCATION, RERAISE, 0);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(end);
    }

    /**
     * try/except*: each handler splits off what it matches from the exception group; what
     * the handlers raise and what nothing matched are collected and re-raised together.
     */
    // CPython: Python/compile.c compiler_try_star_except
    private void tryStarExcept(Location loc, List<AstStmt> body, List<AstExcepthandler> handlers,
                               List<AstStmt> orelse) {
        int bodyLabel = newLabel(), except = newLabel(), orelseLabel = newLabel(), end = newLabel();
        int cleanup = newLabel(), reraiseStar = newLabel();
        addopJump(loc, SETUP_FINALLY, except);
        useLabel(bodyLabel);
        pushFblock(loc, FrameBlock.Type.TRY_EXCEPT, bodyLabel, NO_LABEL, null);
        visitStmts(body);
        popFblock(FrameBlock.Type.TRY_EXCEPT, bodyLabel);
        addop(NO_LOCATION, POP_BLOCK);
        addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, orelseLabel);
        int n = handlers.size();

        useLabel(except);
        addopJump(NO_LOCATION, SETUP_CLEANUP, cleanup);
        addop(NO_LOCATION, PUSH_EXC_INFO);
        // The runtime pushes a block here.
        pushFblock(loc, FrameBlock.Type.EXCEPTION_GROUP_HANDLER, NO_LABEL, NO_LABEL, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = (ExceptHandler) handlers.get(i);
            Location hloc = loc(handler);
            except = newLabel();
            int exceptWithError = newLabel(), noMatch = newLabel();
            if (i == 0) {
                // [orig] -> [orig, [], exc]: the list collects what the handlers raise.
                addopI(hloc, BUILD_LIST, 0);
                addopI(hloc, COPY, 2);
            }
            if (handler.type != null) {
                visitExpr(handler.type);
                addop(hloc, CHECK_EG_MATCH);
                addopI(hloc, COPY, 1);
                addopJump(hloc, POP_JUMP_IF_NONE, noMatch);
            }
            int cleanupEnd = newLabel(), cleanupBody = newLabel();
            if (handler.name != null) {
                nameop(hloc, handler.name, AstExprContext.Store);
            } else {
                addop(hloc, POP_TOP); // match
            }
            addopJump(hloc, SETUP_CLEANUP, cleanupEnd);
            useLabel(cleanupBody);
            pushFblock(hloc, FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, NO_LABEL, handler.name);
            visitStmts(handler.body);
            popFblock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody);
            addop(NO_LOCATION, POP_BLOCK);
            if (handler.name != null) {
                clearHandlerName(handler.name);
            }
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, except);

            useLabel(cleanupEnd);
            if (handler.name != null) {
                clearHandlerName(handler.name);
            }
            // Add what the handler raised to the list.
            addopI(NO_LOCATION, LIST_APPEND, 3); // exc
            addop(NO_LOCATION, POP_TOP); // lasti
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, exceptWithError);

            useLabel(except);
            addop(NO_LOCATION, NOP); // holds a propagated location
            addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, exceptWithError);

            useLabel(noMatch);
            addop(hloc, POP_TOP); // match (None)

            useLabel(exceptWithError);
            if (i == n - 1) {
                // The unhandled rest (or None) joins the list.
                addopI(NO_LOCATION, LIST_APPEND, 1);
                addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, reraiseStar);
            }
        }
        popFblock(FrameBlock.Type.EXCEPTION_GROUP_HANDLER, NO_LABEL);
        int reraise = newLabel();

        useLabel(reraiseStar);
        addopI(NO_LOCATION, CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR);
        addopI(NO_LOCATION, COPY, 1);
        addopJump(NO_LOCATION, POP_JUMP_IF_NOT_NONE, reraise);
        // Nothing to re-raise.
        addop(NO_LOCATION, POP_TOP);
        addop(NO_LOCATION, POP_BLOCK);
        addop(NO_LOCATION, POP_EXCEPT);
        addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, end);

        useLabel(reraise);
        addop(NO_LOCATION, POP_BLOCK);
        addopI(NO_LOCATION, SWAP, 2);
        addop(NO_LOCATION, POP_EXCEPT);
        addopI(NO_LOCATION, RERAISE, 0);

        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);

        useLabel(orelseLabel);
        visitStmts(orelse);
        useLabel(end);
    }

    // ------------------------------------------------------------------------------------
    // with

    // CPython: Python/compile.c compiler_with_except_finish
    private void withExceptFinish(int cleanup) {
        int suppress = newLabel();
        addop(NO_LOCATION, TO_BOOL);
        addopJump(NO_LOCATION, POP_JUMP_IF_TRUE, suppress);
        addopI(NO_LOCATION, RERAISE, 2);

        useLabel(suppress);
        addop(NO_LOCATION, POP_TOP); // exc_value
        addop(NO_LOCATION, POP_BLOCK);
        addop(NO_LOCATION, POP_EXCEPT);
        addop(NO_LOCATION, POP_TOP);
        addop(NO_LOCATION, POP_TOP);
        int exit = newLabel();
        addopJump(NO_LOCATION, JUMP_NO_INTERRUPT, exit);

        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(exit);
    }

    // CPython: Python/compile.c compiler_with
    private void visitWith(With s, int pos) {
        Withitem item = s.items.get(pos);
        int block = newLabel(), fin = newLabel(), exit = newLabel(), cleanup = newLabel();
        visitExpr(item.contextExpr);
        // Pushes the bound __exit__.
        Location loc = loc(item.contextExpr);
        addop(loc, BEFORE_WITH);
        addopJump(loc, SETUP_WITH, fin);

        useLabel(block);
        pushFblock(loc, FrameBlock.Type.WITH, block, fin, s);
        if (item.optionalVars != null) {
            visitExpr(item.optionalVars);
        } else {
            addop(loc, POP_TOP); // __enter__()'s result
        }
        pos++;
        if (pos == s.items.size()) {
            visitStmts(s.body);
        } else {
            visitWith(s, pos);
        }
        addop(NO_LOCATION, POP_BLOCK);
        popFblock(FrameBlock.Type.WITH, block);

        // Normal exit: __exit__(None, None, None).
        callExitWithNones(loc);
        addop(loc, POP_TOP);
        addopJump(loc, JUMP, exit);

        // Exceptional exit.
        useLabel(fin);
        addopJump(loc, SETUP_CLEANUP, cleanup);
        addop(loc, PUSH_EXC_INFO);
        addop(loc, WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    // CPython: Python/compile.c compiler_async_with
    private void visitAsyncWith(AsyncWith s, int pos) {
        Location loc = loc(s);
        Withitem item = s.items.get(pos);
        if (isTopLevelAwait()) {
            u.ste.coroutine = true;
        } else if (u.scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION) {
            throw error(loc, "'async with' outside async function");
        }
        int block = newLabel(), fin = newLabel(), exit = newLabel(), cleanup = newLabel();
        visitExpr(item.contextExpr);
        loc = loc(item.contextExpr);
        addop(loc, BEFORE_ASYNC_WITH);
        addopI(loc, GET_AWAITABLE, 1);
        loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, true);
        addopJump(loc, SETUP_WITH, fin);

        useLabel(block);
        pushFblock(loc, FrameBlock.Type.ASYNC_WITH, block, fin, s);
        if (item.optionalVars != null) {
            visitExpr(item.optionalVars);
        } else {
            addop(loc, POP_TOP); // __aenter__()'s result
        }
        pos++;
        if (pos == s.items.size()) {
            visitStmts(s.body);
        } else {
            visitAsyncWith(s, pos);
        }
        popFblock(FrameBlock.Type.ASYNC_WITH, block);
        addop(loc, POP_BLOCK);

        // Normal exit: await __aexit__(None, None, None).
        callExitWithNones(loc);
        addopI(loc, GET_AWAITABLE, 2);
        loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, true);
        addop(loc, POP_TOP);
        addopJump(loc, JUMP, exit);

        // Exceptional exit.
        useLabel(fin);
        addopJump(loc, SETUP_CLEANUP, cleanup);
        addop(loc, PUSH_EXC_INFO);
        addop(loc, WITH_EXCEPT_START);
        addopI(loc, GET_AWAITABLE, 2);
        loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, true);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    // ------------------------------------------------------------------------------------
    // Imports, assert, expression statements

    /** Binds the module IMPORT_NAME pushed to asname; "import a.b.c as d" walks the attributes. */
    // CPython: Python/compile.c compiler_import_as
    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot != -1) {
            // The first attribute after the base module, and so on.
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot != -1 ? dot : name.length());
                addopO(loc, IMPORT_FROM, u.metadata.names, attr);
                if (dot == -1) {
                    break;
                }
                addopI(loc, SWAP, 2);
                addop(loc, POP_TOP);
            }
            nameop(loc, asname, AstExprContext.Store);
            addop(loc, POP_TOP);
            return;
        }
        nameop(loc, asname, AstExprContext.Store);
    }

    // CPython: Python/compile.c compiler_import
    private void visitImport(Import s) {
        Location loc = loc(s);
        for (Alias alias : s.names) {
            loadConst(loc, PyInt.of(0));
            loadConst(loc, PyNone.NONE);
            addopName(loc, IMPORT_NAME, u.metadata.names, alias.name);
            if (alias.asname != null) {
                importAs(loc, alias.name, alias.asname);
            } else {
                int dot = alias.name.indexOf('.');
                nameop(loc, dot != -1 ? alias.name.substring(0, dot) : alias.name, AstExprContext.Store);
            }
        }
    }

    // CPython: Python/compile.c compiler_from_import
    private void visitImportFrom(ImportFrom s) {
        Location loc = loc(s);
        int n = s.names.size();
        loadConst(loc, PyInt.of(s.level == null ? 0 : s.level));
        PyObject[] names = new PyObject[n];
        for (int i = 0; i < n; i++) names[i] = PyStr.of(s.names.get(i).name);
        if (future.isLateFutureImport(s)) {
            throw error(loc, "from __future__ imports must occur at the beginning of the file");
        }
        loadConst(loc, PyTuple.of(names));
        addopName(loc, IMPORT_NAME, u.metadata.names, s.module != null ? s.module : "");
        for (int i = 0; i < n; i++) {
            Alias alias = s.names.get(i);
            if (i == 0 && alias.name.startsWith("*")) {
                addopI(loc, CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR);
                addop(NO_LOCATION, POP_TOP);
                return;
            }
            addopName(loc, IMPORT_FROM, u.metadata.names, alias.name);
            nameop(loc, alias.asname != null ? alias.asname : alias.name, AstExprContext.Store);
        }
        // Drop the module.
        addop(loc, POP_TOP);
    }

    // CPython: Python/compile.c compiler_assert
    private void visitAssert(Assert s) {
        Location loc = loc(s);
        // A non-empty tuple is always true: warn even under -O.
        if ((s.test instanceof Tuple t && !t.elts.isEmpty())
                || (s.test instanceof Constant c && c.value instanceof PyTuple pt && pt.size() > 0)) {
            warn(loc, "assertion is always true, perhaps remove parentheses?");
        }
        if (optimize > 0) {
            return;
        }
        int end = newLabel();
        jumpIf(loc, s.test, end, true);
        addop(loc, LOAD_ASSERTION_ERROR);
        if (s.msg != null) {
            visitExpr(s.msg);
            addopI(loc, CALL, 0);
        }
        addopI(loc(s.test), RAISE_VARARGS, 1);
        useLabel(end);
    }

    // CPython: Python/compile.c compiler_stmt_expr
    private void visitStmtExpr(Location loc, AstExpr value) {
        if (interactive && nestlevel <= 1) {
            visitExpr(value);
            addopI(loc, CALL_INTRINSIC_1, INTRINSIC_PRINT);
            addop(NO_LOCATION, POP_TOP);
            return;
        }
        if (value instanceof Constant) {
            // A constant statement does nothing.
            addop(loc, NOP);
            return;
        }
        visitExpr(value);
        addop(NO_LOCATION, POP_TOP); // artificial
    }

    // ------------------------------------------------------------------------------------
    // Augmented and annotated assignment

    // CPython: Python/compile.c compiler_augassign
    private void visitAugAssign(AugAssign s) {
        AstExpr e = s.target;
        Location loc = loc(e);
        if (e instanceof Attribute a) {
            visitExpr(a.value);
            addopI(loc, COPY, 1);
            loc = updateStartLocationToMatchAttr(loc, a);
            addopName(loc, LOAD_ATTR, u.metadata.names, a.attr);
        } else if (e instanceof Subscript sub) {
            visitExpr(sub.value);
            if (isTwoElementSlice(sub.slice)) {
                visitSlice((Slice) sub.slice);
                addopI(loc, COPY, 3);
                addopI(loc, COPY, 3);
                addopI(loc, COPY, 3);
                addop(loc, BINARY_SLICE);
            } else {
                visitExpr(sub.slice);
                addopI(loc, COPY, 2);
                addopI(loc, COPY, 2);
                addop(loc, BINARY_SUBSCR);
            }
        } else if (e instanceof Name n) {
            nameop(loc, n.id, AstExprContext.Load);
        } else {
            throw new IllegalStateException("invalid node type (" + e.pyName() + ") for augmented assignment");
        }
        visitExpr(s.value);
        addopBinary(loc(s), s.op, true);
        loc = loc(e);
        if (e instanceof Attribute a) {
            loc = updateStartLocationToMatchAttr(loc, a);
            addopI(loc, SWAP, 2);
            addopName(loc, STORE_ATTR, u.metadata.names, a.attr);
        } else if (e instanceof Subscript sub) {
            if (isTwoElementSlice(sub.slice)) {
                addopI(loc, SWAP, 4);
                addopI(loc, SWAP, 3);
                addopI(loc, SWAP, 2);
                addop(loc, STORE_SLICE);
            } else {
                addopI(loc, SWAP, 3);
                addopI(loc, SWAP, 2);
                addop(loc, STORE_SUBSCR);
            }
        } else {
            nameop(loc, ((Name) e).id, AstExprContext.Store);
        }
    }

    // CPython: Python/compile.c check_ann_expr
    private void checkAnnExpr(AstExpr e) {
        visitExpr(e);
        addop(loc(e), POP_TOP);
    }

    /** Evaluates what a complex annotated target's subscript contains. */
    // CPython: Python/compile.c check_ann_subscr
    private void checkAnnSubscr(AstExpr e) {
        if (e instanceof Slice s) {
            if (s.lower != null) checkAnnExpr(s.lower);
            if (s.upper != null) checkAnnExpr(s.upper);
            if (s.step != null) checkAnnExpr(s.step);
        } else if (e instanceof Tuple t) {
            for (AstExpr elt : t.elts) checkAnnSubscr(elt);
        } else {
            checkAnnExpr(e);
        }
    }

    private boolean futureAnnotations() {
        return (future.features & PyCode.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // CPython: Python/compile.c compiler_annassign
    private void visitAnnAssign(AnnAssign s) {
        Location loc = loc(s);
        AstExpr targ = s.target;
        // The assignment comes first.
        if (s.value != null) {
            visitExpr(s.value);
            visitExpr(targ);
        }
        boolean moduleOrClass = u.scopeType == CompilerUnit.SCOPE_MODULE || u.scopeType == CompilerUnit.SCOPE_CLASS;
        if (targ instanceof Name n) {
            checkForbiddenName(loc, n.id, AstExprContext.Store);
            // A simple name in a module or class: store the annotation.
            if (s.simple != 0 && moduleOrClass) {
                if (futureAnnotations()) {
                    visitAnnexpr(s.annotation);
                } else {
                    visitExpr(s.annotation);
                }
                addopName(loc, LOAD_NAME, u.metadata.names, "__annotations__");
                loadConst(loc, SymbolTable.maybeMangle(u.privateName, u.ste, n.id));
                addop(loc, STORE_SUBSCR);
            }
        } else if (targ instanceof Attribute a) {
            checkForbiddenName(loc, a.attr, AstExprContext.Store);
            if (s.value == null) {
                checkAnnExpr(a.value);
            }
        } else if (targ instanceof Subscript sub) {
            if (s.value == null) {
                checkAnnExpr(sub.value);
                checkAnnSubscr(sub.slice);
            }
        } else {
            throw new IllegalStateException("invalid node type (" + targ.pyName() + ") for annotated assignment");
        }
        // The annotation is evaluated last (complex targets, outside the future import).
        if (s.simple == 0 && !futureAnnotations() && moduleOrClass) {
            checkAnnExpr(s.annotation);
        }
    }
}
