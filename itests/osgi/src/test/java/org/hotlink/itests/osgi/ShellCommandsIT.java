package org.hotlink.itests.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Test that Hotlink's Gogo commands (scope hotlink) run through Gogo's CommandProcessor on the real engine:
 * add, redefine, modules, symbols, stats and remove, and that bad IR prints its diagnostic on the session's
 * stderr instead of a stack trace.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellCommandsIT {
    private static final long SERVICE_TIMEOUT_MS = 20_000;

    /** In start order; file names as maven-dependency-plugin copies them (stripVersion). */
    private static final List<String> BUNDLES = Stream.concat(HotlinkProvisioning.ENGINE_BUNDLES.stream(),
            Stream.of("org.apache.felix.gogo.runtime.jar", "org.apache.felix.gogo.shell.jar",
                    "org.apache.felix.gogo.command.jar", "hotlink-shell.jar")).toList();

    private static final String SYNTH = "define i32 @tone(i32 %t) {\nentry:\n  %x = mul i32 %t, 2\n  ret i32 %x\n}\n";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        // The Gogo shell must not read the test JVM's stdin.
        return HotlinkProvisioning.options(BUNDLES, systemProperty("gosh.args").value("--nointeractive"));
    }

    @Test
    public void commandsManageModulesOfOneEngineThroughGogo() throws Exception {
        Path dir = Files.createTempDirectory("hotlink-shell-it");
        Path synth = Files.writeString(dir.resolve("synth.ll"), SYNTH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandSession session = awaitHotlinkCommands().createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals("added synth version=1 functions=tone\n", session.execute("hotlink:add " + synth));
            Files.writeString(synth, SYNTH + "define i32 @mix() {\nentry:\n  ret i32 0\n}\n");
            assertEquals("redefined synth version=2 functions=tone,mix\n", session.execute("hotlink:redefine " + synth));
            assertEquals("name   version  functions\nsynth  2        tone,mix\n", session.execute("hotlink:modules"));

            String symbols = (String) session.execute("hotlink:symbols");
            assertTrue("expected tone with its module, version and a non-zero hex address:\n" + symbols,
                    Pattern.compile("(?m)^tone +synth +2 +0x0*[1-9a-f][0-9a-f]*$").matcher(symbols).find());
            String stats = (String) session.execute("hotlink:stats");
            assertTrue("expected the statistics and memory lines:\n" + stats, stats.matches(
                    "(?s)parse_ms=\\d+\\.\\d{3} compile_ms=.* code_bytes=\\d+\nmemory reserved=[1-9]\\d* committed=\\d+ live=\\d+ retired=\\d+ freed=\\d+\n"));

            Path bad = Files.writeString(dir.resolve("bad.ll"), "define i32 @f() {\nentry:\n  ret i32 %nowhere\n}\n");
            assertNull("a failed command gives no result", session.execute("hotlink:add " + bad));
            String diagnostic = err.toString(StandardCharsets.UTF_8);
            assertTrue("expected FILE:3:COL: error: on the session's stderr, got: " + diagnostic,
                    diagnostic.startsWith(bad + ":3:") && diagnostic.contains(": error: "));
            assertFalse("expected no stack trace: " + diagnostic, diagnostic.contains("Exception"));

            assertEquals("removed synth\n", session.execute("hotlink:remove synth"));
            assertEquals("name  version  functions\n", session.execute("hotlink:modules"));
        } finally {
            session.close();
        }
    }

    /** The CommandProcessor, once the hotlink command service (which needs the engine factory) is registered. */
    private CommandProcessor awaitHotlinkCommands() throws Exception {
        Filter filter = context.createFilter("(osgi.command.scope=hotlink)");
        ServiceTracker<Object, Object> commands = new ServiceTracker<>(context, filter, null);
        commands.open();
        assertNotNull("hotlink commands registered within " + SERVICE_TIMEOUT_MS + " ms; framework: "
                + FrameworkReport.describe(context), commands.waitForService(SERVICE_TIMEOUT_MS));
        ServiceTracker<CommandProcessor, CommandProcessor> processor = new ServiceTracker<>(context, CommandProcessor.class, null);
        processor.open();
        CommandProcessor found = processor.waitForService(SERVICE_TIMEOUT_MS);
        assertNotNull("Gogo's CommandProcessor within " + SERVICE_TIMEOUT_MS + " ms", found);
        return found;
    }
}
