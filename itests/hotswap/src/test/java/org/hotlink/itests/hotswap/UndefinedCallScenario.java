package org.hotlink.itests.hotswap;

import org.hotlink.engine.Engine;

/**
 * Main class run in a child JVM by {@link UndefinedFunctionCallTest}: calls a function that is
 * undefined, which must print {@code hotlink: call to undefined function @NAME} and abort the
 * process. Argument {@code never-defined}: the function was only ever declared; {@code removed}: its
 * module was removed; {@code spawned}: never defined, called from a native thread of
 * {@link Engine#spawn} rather than from Java. Prints a marker to stderr just before the call so the
 * test knows the failure is the call's.
 */
public final class UndefinedCallScenario {
    static final String MARKER = "scenario: calling now";

    private UndefinedCallScenario() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length == 1 ? args[0] : "";
        Engine engine = Engines.create();
        engine.add("caller", Ir.module("""
                declare i64 @missing_function(i64)

                define i64 @call_missing(i64 %x) {
                  %r = call i64 @missing_function(i64 %x)
                  ret i64 %r
                }
                """));
        switch (scenario) {
            case "never-defined", "spawned" -> { }
            case "removed" -> {
                engine.add("provider", Ir.module("define i64 @missing_function(i64 %x) {\n  ret i64 %x\n}\n"));
                if (engine.invokeLong("call_missing", 3) != 3) {
                    throw new AssertionError("the provider answers before its removal");
                }
                engine.remove("provider");
            }
            default -> throw new IllegalArgumentException(
                    "scenario: never-defined, removed or spawned, not '" + scenario + "'");
        }
        System.err.println(MARKER);
        System.err.flush();
        long result = scenario.equals("spawned") ? engine.spawn("call_missing", 3).join()
                : engine.invokeLong("call_missing", 3);
        System.err.println("scenario: the call returned " + result + " instead of aborting");
        System.exit(3);
    }
}
