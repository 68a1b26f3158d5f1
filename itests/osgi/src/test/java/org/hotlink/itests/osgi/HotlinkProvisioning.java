package org.hotlink.itests.osgi;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/** The Pax Exam options that boot Felix with Hotlink's bundles, copied to target/bundles by the build. */
final class HotlinkProvisioning {
    /** Declarative Services, JNA and the engine's bundles, in start order. */
    static final List<String> ENGINE_BUNDLES = List.of(
            "org.osgi.util.function.jar", "org.osgi.util.promise.jar", "org.osgi.service.component.jar",
            "org.apache.felix.scr.jar", "jna.jar", "hotlink-api.jar", "hotlink-ir-parser.jar",
            "hotlink-ir-verifier.jar", "hotlink-backend-x86-64.jar", "hotlink-memory-dualmap.jar",
            "hotlink-linker.jar", "hotlink-symbol-resolver.jar", "hotlink-engine.jar");

    private HotlinkProvisioning() {
    }

    /** Options installing {@code bundles} (file names in the bundle folder) plus the framework settings. */
    static Option[] options(List<String> bundles, Option... extra) {
        Path folder = Path.of(System.getProperty("hotlink.itest.bundles", "target/bundles"));
        Stream<Option> installed = bundles.stream().map(name -> {
            Path jar = folder.resolve(name);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("missing " + jar + " (copied by the pre-integration-test phase)");
            }
            return bundle(jar.toUri().toString());
        });
        Stream<Option> framework = Stream.concat(Stream.of(junitBundles(), cleanCaches(true),
                systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN")), Stream.of(extra));
        return org.ops4j.pax.exam.CoreOptions.options(Stream.concat(framework, installed).toArray(Option[]::new));
    }
}
