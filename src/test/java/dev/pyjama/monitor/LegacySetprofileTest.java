package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.objects.PyNone;
import dev.pyjama.testing.CPython313;
import org.junit.jupiter.api.Test;

/**
 * The seed's LegacySetprofileTest: a profile function written in Java, installed with
 * {@link Legacy#setProfile}, receives exactly the call/return/c_call/c_return/c_exception
 * sequence a Python profile function receives in CPython 3.13 for the same program.
 */
class LegacySetprofileTest {
    private final LegacyEventLog run = new LegacyEventLog();

    @Test
    void aJavaProfileFunctionSeesWhatAPythonOneSeesInCPython() {
        CPython313.require();
        Legacy.setProfile(run.interp.monitoring, run.javaFunction, PyNone.NONE);
        run.interp.runMain(LegacyEventLog.compile(LegacyEventLog.PROGRAM), "t.py");
        Legacy.setProfile(run.interp.monitoring, null, null);
        assertEquals(LegacyEventLog.cpython("sys.setprofile"), run.log);
    }
}
