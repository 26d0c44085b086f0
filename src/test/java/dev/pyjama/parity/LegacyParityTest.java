package dev.pyjama.parity;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed's LegacyParityTest: every program of tests/parity/trace (sys.settrace) and
 * tests/parity/profile (sys.setprofile) runs under pyjama and its event log is compared byte
 * for byte with the committed expectation CPython 3.13.0 produced; each area also checks that
 * its programs together ran every legacy adapter (usage counts). Same machinery, ratchet and
 * {@code -Dparity.area} filter as {@link ParityTest}, which leaves these two areas to this class.
 */
class LegacyParityTest {
    @TestFactory
    Stream<DynamicNode> legacyParity() {
        return ParityTest.areas(ParityTest.OWNED_ELSEWHERE::contains);
    }
}
