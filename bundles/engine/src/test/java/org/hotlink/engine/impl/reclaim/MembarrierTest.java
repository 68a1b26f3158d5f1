package org.hotlink.engine.impl.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** membarrier(2) as the reclaimer issues it before releasing code. */
class MembarrierTest {
    @Test
    void issuesTheRegisteredBarrierOrReportsThatThereIsNone() {
        Membarrier membarrier = new Membarrier();
        String command = membarrier.commandName();
        System.out.println("membarrier command: " + command);
        assertTrue(List.of("MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE", "MEMBARRIER_CMD_PRIVATE_EXPEDITED", "none")
                .contains(command), "expected a known command, got " + command);
        boolean issued = membarrier.synchronizeCores();
        assertEquals(!command.equals("none"), issued,
                "expected the barrier issued successfully exactly when a command was registered");
        assertEquals(issued, membarrier.synchronizeCores(), "expected a second barrier to behave the same");
    }
}
