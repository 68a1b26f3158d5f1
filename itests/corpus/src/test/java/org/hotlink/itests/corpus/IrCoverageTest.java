package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Test that the corpus IR (every program at every level, plus the hand-written .ll files) contains every
 * opcode, intrinsic, linkage and attribute of {@link IrFeatureCatalog} at the level listed there, so that
 * coverage cannot quietly shrink when programs change.
 */
class IrCoverageTest {

    @TestFactory
    Stream<DynamicTest> everyListedFeatureOccursInCorpusIrAtItsLevel() {
        Map<OptLevel, List<Module>> modules = modulesByLevel(CorpusBuild.shared().outcomes());
        return IrFeatureCatalog.all().stream().map(feature -> DynamicTest.dynamicTest(feature.describe(), () -> {
            List<String> found = programsWith(feature, modules.getOrDefault(feature.expectedLevel(), List.of()));
            List<String> elsewhere = new ArrayList<>();
            if (found.isEmpty()) {
                modules.forEach((level, list) -> {
                    List<String> hits = programsWith(feature, list);
                    if (!hits.isEmpty()) {
                        elsewhere.add(level.label() + " " + hits.subList(0, Math.min(3, hits.size())));
                    }
                });
            }
            assertTrue(!found.isEmpty(), "expected " + feature.describe() + " in the corpus IR, but no program at "
                    + feature.expectedLevel().label() + " has it; found at other levels: " + elsewhere
                    + (System.getProperty("corpus.filter", "").isEmpty() ? "" : " (corpus.filter is set)"));
        }));
    }

    @Test
    void featuresFromHandWrittenIrSayWhyClangCannotEmitThem() {
        for (IrFeature feature : IrFeatureCatalog.all()) {
            assertTrue(feature.expectedLevel() != OptLevel.AS_WRITTEN || !feature.reason().isBlank(),
                    "expected a reason for hand-written " + feature.kind() + " " + feature.name());
        }
    }

    @Test
    void opcodePatternMatchesInstructionsNotNames() {
        IrFeature and = IrFeature.opcode("and", OptLevel.O0);
        assertTrue(and.pattern().matcher("  %x = and i32 %a, 1\n").find(), "expected '%x = and' to match");
        assertTrue(!and.pattern().matcher("  %and = add i32 %a, 1\n").find(), "expected a value named %and not to match");
        IrFeature call = IrFeature.opcode("call", OptLevel.O0);
        assertTrue(call.pattern().matcher("  %r = tail call i32 @f()\n").find(), "expected 'tail call' to match call");
    }

    private record Module(String program, String text) {
    }

    private static Map<OptLevel, List<Module>> modulesByLevel(List<BuildOutcome> outcomes) {
        Map<OptLevel, List<Module>> modules = new EnumMap<>(OptLevel.class);
        for (BuildOutcome outcome : outcomes) {
            BuiltProgram built = outcome.orFail();
            for (Path file : built.allModules()) {
                try {
                    modules.computeIfAbsent(outcome.level(), l -> new ArrayList<>())
                            .add(new Module(built.program().name(), Files.readString(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return modules;
    }

    private static List<String> programsWith(IrFeature feature, List<Module> modules) {
        return modules.stream().filter(m -> feature.pattern().matcher(m.text()).find()).map(Module::program)
                .distinct().toList();
    }
}
