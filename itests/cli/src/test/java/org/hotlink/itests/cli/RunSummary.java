package org.hotlink.itests.cli;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prints one line when a test class ends: how many end-to-end runs of bin/hotlink and native reference runs
 * the class made, and the totals of the test JVM so far.
 */
final class RunSummary implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunSummary.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("hotlink", Hotlink.runCount());
        context.getStore(NAMESPACE).put("native", NativeToolchain.nativeRunCount());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        int hotlink = Hotlink.runCount() - context.getStore(NAMESPACE).get("hotlink", Integer.class);
        int nativeRuns = NativeToolchain.nativeRunCount() - context.getStore(NAMESPACE).get("native", Integer.class);
        System.out.printf("hotlink-itests-cli: %s made %d end-to-end runs of bin/hotlink and %d native reference "
                + "runs (this JVM so far: %d and %d)%n", context.getRequiredTestClass().getSimpleName(), hotlink,
                nativeRuns, Hotlink.runCount(), NativeToolchain.nativeRunCount());
    }
}
