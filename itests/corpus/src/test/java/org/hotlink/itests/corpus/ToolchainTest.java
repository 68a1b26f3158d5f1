package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests that a missing reference tool fails with a message naming it, rather than skipping. */
class ToolchainTest {

    @Test
    void missingToolFailsWithItsNameAndTheInstallScript() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> Toolchain.require("clang-19-does-not-exist", "--version"),
                "expected a missing tool to be an error");
        assertTrue(error.getMessage().contains("clang-19-does-not-exist")
                && error.getMessage().contains("install-test-tools.sh"),
                "expected the tool and the install script in: " + error.getMessage());
    }

    @Test
    void installedClangIsAccepted() {
        assertDoesNotThrow(() -> Toolchain.require(ReferenceBuilder.CLANG, "--version"),
                "expected clang-19 to be installed (scripts/install-test-tools.sh)");
    }
}
