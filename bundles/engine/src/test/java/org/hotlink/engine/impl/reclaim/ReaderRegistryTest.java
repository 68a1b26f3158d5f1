package org.hotlink.engine.impl.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.linker.CodeRange;
import org.junit.jupiter.api.Test;

/** The runtime's records as the Java side reads them: registration, the frame walk, the epoch. */
class ReaderRegistryTest {
    @Test
    void aQuiescentPointRecordsTheCallersReturnAddressesAndTheEpoch() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            ReaderRegistry registry = engine.reclaimer.registry();
            CodeRange loop = QuiescentReclaimerTest.loopCode(engine);
            // Something waiting makes every quiescent point record its frames.
            registry.addWaiting(1);
            long epoch = registry.advanceEpoch();
            NativeTestThread thread = NativeTestThread.spawn(engine, "quiescent_loop", 0);
            QuiescentReclaimerTest.awaitFlag(engine.global("iterations"));

            List<ReaderSnapshot> online = registry.onlineReaders();

            engine.global("stop").setLong(0, 1);
            thread.join();
            registry.addWaiting(-1);
            assertEquals(1, online.size(), "expected one online reader, the spawned thread");
            ReaderSnapshot reader = online.get(0);
            assertEquals(epoch, reader.seen(), "expected the thread to have seen the current epoch");
            assertTrue(reader.returnAddresses().length >= 2,
                    "expected at least the loop's and the spawn entry's frames, got " + reader.returnAddresses().length);
            assertTrue(loop.contains(reader.returnAddresses()[0]),
                    "expected the innermost return address inside @quiescent_loop " + loop);
            long spawnEntry = engine.functionBody(ReclamationRuntimeModule.SPAWN_ENTRY);
            long second = reader.returnAddresses()[1];
            assertTrue(second > spawnEntry && second - spawnEntry < 512,
                    "expected the second return address just after the start of __hotlink_spawn_entry");
            assertEquals(0, registry.onlineReaders().size(), "expected the ended thread's record freed");
        }
    }

    @Test
    void compiledCodeCalledFromAJavaReaderRecordsItsFramesAtAQuiescentPoint() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            ReaderRegistry registry = engine.reclaimer.registry();
            long bench = engine.functionBody("quiescent_bench");
            registry.addWaiting(1);
            long epoch = registry.advanceEpoch();
            try (QuiescentReclaimer.ReaderScope scope = engine.reclaimer.enterJava()) {
                assertEquals(0, registry.onlineReaders().get(0).returnAddresses().length,
                        "expected a Java thread to come online with no compiled frames");

                long result = Function.getFunction(new Pointer(engine.address("quiescent_bench"))).invokeLong(new Object[] {1L});

                assertEquals(1, result, "expected @quiescent_bench(1) to return 1");
                List<ReaderSnapshot> online = registry.onlineReaders();
                assertEquals(1, online.size(), "expected this Java thread as the one online reader");
                long innermost = online.get(0).returnAddresses()[0];
                assertTrue(innermost > bench && innermost - bench < 256,
                        "expected the innermost return address inside @quiescent_bench");
                assertEquals(epoch, online.get(0).seen(), "expected the current epoch seen");
            } finally {
                registry.addWaiting(-1);
            }
            assertEquals(0, registry.onlineReaders().size(), "expected the Java thread offline after its scope");
        }
    }

    @Test
    void recordsOfEndedJavaThreadsAreReusedWhenTheRegistryIsFull() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            int threads = ReaderRecordLayout.RECORDS + 20;
            int[] onlineInside = new int[threads];
            for (int i = 0; i < threads; i++) {
                int index = i;
                Thread thread = new Thread(() -> {
                    try (QuiescentReclaimer.ReaderScope scope = engine.reclaimer.enterJava()) {
                        onlineInside[index] = engine.reclaimer.registry().onlineReaders().size();
                    }
                });
                thread.start();
                thread.join();
            }
            for (int i = 0; i < threads; i++) {
                assertEquals(1, onlineInside[i], "expected Java thread " + i + " to get a record and be online");
            }
        }
    }

    @Test
    void advancingTheEpochCountsUpFromZero() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            ReaderRegistry registry = engine.reclaimer.registry();
            assertEquals(1, registry.advanceEpoch(), "expected the first advance to give 1");
            assertEquals(2, registry.advanceEpoch(), "expected the second advance to give 2");
            assertEquals(2, registry.currentEpoch(), "expected the epoch read back as 2");
        }
    }
}
