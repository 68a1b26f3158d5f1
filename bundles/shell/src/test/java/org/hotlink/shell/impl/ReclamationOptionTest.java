package org.hotlink.shell.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.engine.ReclamationPolicy;
import org.junit.jupiter.api.Test;

class ReclamationOptionTest {
    @Test
    void configuredPolicyReachesTheEngineOptions() {
        assertEquals(ReclamationPolicy.NEVER, HotlinkCommands.options("never").reclamation());
        assertEquals(ReclamationPolicy.QUIESCENT, HotlinkCommands.options(" Quiescent ").reclamation());
        assertEquals(ReclamationPolicy.QUIESCENT, HotlinkCommands.options("sometimes").reclamation(),
                "an unknown value keeps the default");
    }
}
