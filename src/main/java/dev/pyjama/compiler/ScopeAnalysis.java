package dev.pyjama.compiler;

import static dev.pyjama.compiler.SymbolTable.*;

import dev.pyjama.objects.PySyntaxError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table's second pass: decides for every name of every block whether it is
 * local, a cell, free, or an explicit or implicit global, and inlines comprehensions
 * (PEP 709) into their enclosing block.
 *
 * <p>A block is analysed with the names bound in enclosing function blocks ({@code bound},
 * null for the module), the names declared global above it ({@code global}) and the type
 * parameters in view; analysing it adds the names its children use freely to {@code free}.
 * Children see copies, so their bindings do not leak back.
 */
// CPython: Python/symtable.c symtable_analyze, analyze_block, analyze_name...
final class ScopeAnalysis {
    private final CompileErrors errors;

    ScopeAnalysis(CompileErrors errors) {
        this.errors = errors;
    }

    // CPython: Python/symtable.c symtable_analyze
    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /** The error of a global or nonlocal statement, located at the statement. */
    // CPython: Python/symtable.c error_at_directive
    private PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.syntaxError(msg, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }

    /** Decides the scope of one name from its flags. */
    // CPython: Python/symtable.c analyze_name
    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                             Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that can see a class's names: a name the class binds (or declares
        // global) is looked up in the class namespace, then the globals, never in an outer
        // function.
        if (classEntry != null) {
            int classFlags = classEntry.symbol(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        // Bound in an enclosing function: free here.
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    // CPython: Python/symtable.c is_free_in_any_child
    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope child : entry.children) {
            if (getScope(child, key) == FREE) return true;
        }
        return false;
    }

    /** Moves an inlined comprehension's names into the enclosing block. */
    // CPython: Python/symtable.c inline_comprehension
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
                                            Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the comprehension's ".0" argument
            }
            int scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            // __class__ is never free through a class scope (see dropClassFree).
            if (scope == FREE && ste.type == Scope.BlockType.ClassBlock && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0) {
                // A free name of the comprehension that the enclosing block binds is now
                // simply local, unless a child of the comprehension has it free or the
                // enclosing block is a class.
                if (!isFreeInAnyChild(comp, k) && ste.type != Scope.BlockType.ClassBlock) {
                    compFree.remove(k);
                }
            }
        }
        comp.free = !compFree.isEmpty();
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    /** Locals that a child uses freely become cells (and stop being free). */
    // CPython: Python/symtable.c analyze_cells
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) continue;
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) continue;
            e.setValue(CELL);
            free.remove(name);
        }
    }

    // CPython: Python/symtable.c drop_class_free
    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) ste.needsClassClosure = true;
        if (free.remove("__classdict__")) ste.needsClassdict = true;
    }

    /** Records each name's scope in its flags, and the children's free names this block passes on. */
    // CPython: Python/symtable.c update_symbols
    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classflag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            String name = e.getKey();
            int flags = e.getValue();
            if (inlinedCells.contains(name)) {
                flags |= DEF_COMP_CELL;
            }
            flags |= scopes.get(name) << SCOPE_OFFSET;
            e.setValue(flags);
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // A method's free variable named like a name of the class.
                if (classflag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue; // a cell, or already free here
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            // Free in a child: free here too, up to the block that binds it.
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    // CPython: Python/symtable.c analyze_block
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // A class's names are not visible in its methods: what children see is set up
        // before the class's own names are analysed.
        if (ste.type == Scope.BlockType.ClassBlock) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != Scope.BlockType.ClassBlock) {
            if (ste.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : ste.children) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == Scope.BlockType.ClassBlock) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // Every comprehension but a generator expression is inlined, except in an
            // annotation scope that can see a class.
            boolean inlineComp = entry.comprehension != Scope.Comprehension.NONE && !entry.generator
                    && !ste.canSeeClassScope;
            Set<String> childFree = analyzeChildBlock(entry, newBound, newFree, newGlobal, typeParams, newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }
        // The children of inlined comprehensions become this block's children.
        List<Scope> children = ste.children;
        for (int i = children.size() - 1; i >= 0; i--) {
            Scope entry = children.get(i);
            if (entry.compInlined) {
                children.remove(i);
                children.addAll(i, entry.children);
            }
        }
        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == Scope.BlockType.ClassBlock) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.type == Scope.BlockType.ClassBlock || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    /** Analyses a child on copies of the sets, returning the child's free names. */
    // CPython: Python/symtable.c analyze_child_block
    private Set<String> analyzeChildBlock(Scope entry, Set<String> bound, Set<String> free, Set<String> global,
                                          Set<String> typeParams, Scope classEntry) {
        Set<String> tempFree = new LinkedHashSet<>(free);
        analyzeBlock(entry, new LinkedHashSet<>(bound), tempFree, new LinkedHashSet<>(global),
                new LinkedHashSet<>(typeParams), classEntry);
        return tempFree;
    }
}
