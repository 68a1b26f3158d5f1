package org.hotlink.shell.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.ReclamationPolicy;
import org.junit.jupiter.api.Test;

class ReclamationOptionTest {
    private static final EngineOptions DEFAULTS = EngineOptions.defaults();

    @Test
    void configuredPolicyReachesTheEngineOptions() {
        assertEquals(ReclamationPolicy.NEVER, HotlinkCommands.options(DEFAULTS, "never").reclamation());
        assertEquals(ReclamationPolicy.QUIESCENT, HotlinkCommands.options(DEFAULTS, " Quiescent ").reclamation());
        assertEquals(ReclamationPolicy.QUIESCENT, HotlinkCommands.options(DEFAULTS, "sometimes").reclamation(),
                "an unknown value keeps the default");
    }

    @Test
    void theFactorysConfiguredLazinessIsKept() {
        EngineOptions lazy = DEFAULTS.withLazy(true).withCompileThreads(2);
        EngineOptions options = HotlinkCommands.options(lazy, "never");
        assertTrue(options.lazy());
        assertEquals(2, options.compileThreads());
    }
}
