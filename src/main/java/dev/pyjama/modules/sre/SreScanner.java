package dev.pyjama.modules.sre;

import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyType;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject, each starting where the last
 * ended ({@code finditer} iterates over its {@code search}).
 */
// CPython: Modules/_sre/sre.c ScannerObject, _sre_SRE_Scanner_match_impl, _sre_SRE_Scanner_search_impl
final class SreScanner extends PyObject {
    static final PyType TYPE = PyType.builtin("_sre.SRE_Scanner", null);

    final SrePattern pattern;
    private final PyObject string;
    private final SreState state;
    /** state->start == NULL: the scan is over. */
    private boolean done;
    private boolean executing;

    SreScanner(SrePattern pattern, PyObject string, long pos, long endpos) {
        this.pattern = pattern;
        this.string = string;
        this.state = pattern.state(string, pos, endpos);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_sre.SRE_Scanner object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    private PyObject next(boolean search) {
        if (executing) throw Errors.valueError("regular expression scanner already executing");
        executing = true;
        try {
            if (done) return PyNone.NONE;
            state.reset();
            state.ptr = state.start;
            int status = SrePattern.run(state, search);
            PyObject match = pattern.newMatch(state, string, status);
            if (status == 0) {
                done = true;
            } else {
                state.mustAdvance = state.ptr == state.start;
                state.start = state.ptr;
            }
            return match;
        } finally {
            executing = false;
        }
    }

    static {
        PyType t = TYPE;
        t.disallowInstantiation = true;
        t.baseType = false;
        SreTypes.noargs(t, "match", self -> ((SreScanner) self).next(false));
        SreTypes.noargs(t, "search", self -> ((SreScanner) self).next(true));
        SreTypes.getter(t, "pattern", self -> ((SreScanner) self).pattern);
    }
}
