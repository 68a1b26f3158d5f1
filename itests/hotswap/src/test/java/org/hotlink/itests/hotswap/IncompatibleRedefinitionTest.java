package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.diagnostic.IncompatibleRedefinitionException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.ModuleSource;
import org.junit.jupiter.api.Test;

/**
 * Test that a function signature or a global's type can change only together with every module
 * that refers to it: alone the redefinition is refused, naming the symbol and the referring module,
 * and nothing changes; in one redefineAll batch with the referrers it is accepted.
 */
class IncompatibleRedefinitionTest {
    private static final String SCALE_V1 = Ir.module("""
            define i64 @scale(i64 %x) {
              %r = mul i64 %x, 2
              ret i64 %r
            }
            """);

    private static final String SCALE_V2_TWO_PARAMETERS = Ir.module("""
            define i64 @scale(i64 %x, i64 %k) {
              %r = mul i64 %x, %k
              ret i64 %r
            }
            """);

    private static final String SCALE_USER_V1 = Ir.module("""
            declare i64 @scale(i64)

            define i64 @use_scale(i64 %x) {
              %r = call i64 @scale(i64 %x)
              ret i64 %r
            }
            """);

    private static final String SCALE_USER_V2 = Ir.module("""
            declare i64 @scale(i64, i64)

            define i64 @use_scale(i64 %x) {
              %r = call i64 @scale(i64 %x, i64 10)
              ret i64 %r
            }
            """);

    private static final String LIMIT_V1 = Ir.module("@limit = global i32 5\n");

    private static final String LIMIT_V2_WIDER = Ir.module("@limit = global i64 6000000000\n");

    private static final String LIMIT_READER_V1 = Ir.module("""
            @limit = external global i32

            define i64 @read_limit() {
              %l = load i32, ptr @limit
              %r = sext i32 %l to i64
              ret i64 %r
            }
            """);

    private static final String LIMIT_READER_V2 = Ir.module("""
            @limit = external global i64

            define i64 @read_limit() {
              %l = load i64, ptr @limit
              ret i64 %l
            }
            """);

    @Test
    void signatureChangeAloneIsRefusedNamingSymbolAndReferrer() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("scale_lib", SCALE_V1);
            engine.add("scale_user", SCALE_USER_V1);
            List<ModuleInfo> before = engine.modules();

            IncompatibleRedefinitionException e = assertThrows(IncompatibleRedefinitionException.class,
                    () -> engine.redefine("scale_lib", SCALE_V2_TWO_PARAMETERS), "changing @scale's signature alone");

            assertTrue(e.getMessage().contains("scale") && e.getMessage().contains("scale_user"),
                    "message names the symbol 'scale' and the referring module 'scale_user': " + e.getMessage());
            assertEquals("scale_lib.ll:2", e.location().file() + ":" + e.location().line(),
                    "located at the new definition of @scale");
            assertEquals(before, engine.modules(), "modules and versions unchanged");
            assertEquals(14, engine.invokeLong("use_scale", 7), "the old @scale keeps answering");
        }
    }

    @Test
    void signatureChangeIsAcceptedInABatchWithItsReferrer() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("scale_lib", SCALE_V1);
            engine.add("scale_user", SCALE_USER_V1);

            engine.redefineAll(List.of(new ModuleSource("scale_lib", "scale_lib.ll", SCALE_V2_TWO_PARAMETERS),
                    new ModuleSource("scale_user", "scale_user.ll", SCALE_USER_V2)));

            assertEquals(70, engine.invokeLong("use_scale", 7), "the new caller passes 10 to the new two-parameter @scale");
            assertEquals(List.of(2, 2), engine.modules().stream()
                    .filter(m -> m.name().startsWith("scale_")).map(ModuleInfo::version).toList(),
                    "both modules of the batch are at version 2");
        }
    }

    @Test
    void globalTypeChangeAloneIsRefusedNamingSymbolAndReferrer() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("limit_lib", LIMIT_V1);
            engine.add("limit_reader", LIMIT_READER_V1);
            List<ModuleInfo> before = engine.modules();

            IncompatibleRedefinitionException e = assertThrows(IncompatibleRedefinitionException.class,
                    () -> engine.redefine("limit_lib", LIMIT_V2_WIDER), "changing @limit from i32 to i64 alone");

            assertTrue(e.getMessage().contains("limit") && e.getMessage().contains("limit_reader"),
                    "message names the symbol 'limit' and the referring module 'limit_reader': " + e.getMessage());
            assertEquals("limit_lib.ll:2", e.location().file() + ":" + e.location().line(),
                    "located at the new definition of @limit");
            assertEquals(before, engine.modules(), "modules and versions unchanged");
            assertEquals(5, engine.invokeLong("read_limit"), "the reader still reads the old i32 @limit");
        }
    }

    @Test
    void globalTypeChangeIsAcceptedInABatchWithItsReferrer() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("limit_lib", LIMIT_V1);
            engine.add("limit_reader", LIMIT_READER_V1);

            engine.redefineAll(List.of(new ModuleSource("limit_lib", "limit_lib.ll", LIMIT_V2_WIDER),
                    new ModuleSource("limit_reader", "limit_reader.ll", LIMIT_READER_V2)));

            assertEquals(6_000_000_000L, engine.invokeLong("read_limit"), "the new reader reads the new i64 @limit");
        }
    }

    @Test
    void changesWithoutOutsideReferrersAreAcceptedAlone() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("self_contained", Ir.module("""
                    @limit = global i32 5

                    define i64 @scale(i64 %x) {
                      %r = mul i64 %x, 2
                      ret i64 %r
                    }

                    define i64 @scaled_limit() {
                      %l = load i32, ptr @limit
                      %w = sext i32 %l to i64
                      %r = call i64 @scale(i64 %w)
                      ret i64 %r
                    }
                    """));
            assertEquals(10, engine.invokeLong("scaled_limit"), "scale(5) = 10 in version 1");

            engine.redefine("self_contained", Ir.module("""
                    @limit = global i64 7

                    define i64 @scale(i64 %x, i64 %k) {
                      %r = mul i64 %x, %k
                      ret i64 %r
                    }

                    define i64 @scaled_limit() {
                      %l = load i64, ptr @limit
                      %r = call i64 @scale(i64 %l, i64 3)
                      ret i64 %r
                    }
                    """));

            assertEquals(21, engine.invokeLong("scaled_limit"),
                    "the retyped @limit has new storage with its new initializer 7, and scale(7, 3) = 21");
        }
    }

    /** Calls whatever {@code i64 (i64)} function pointer Java stores in {@code @kept}; refers to no symbol by name. */
    private static final String POINTER_KEEPER = Ir.module("""
            @kept = global ptr null

            define i64 @call_kept(i64 %x) {
              %f = load ptr, ptr @kept
              %r = call i64 %f(i64 %x)
              ret i64 %r
            }
            """);

    @Test
    void oldStubOfAChangedSignatureKeepsLeadingToTheOldCode() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("scale_lib", SCALE_V1);
            engine.add("scale_user", SCALE_USER_V1);
            engine.add("keeper", POINTER_KEEPER);
            long oldStub = engine.lookup("scale").orElseThrow();
            new Pointer(engine.lookup("kept").orElseThrow()).setLong(0, oldStub);

            engine.redefineAll(List.of(new ModuleSource("scale_lib", "scale_lib.ll", SCALE_V2_TWO_PARAMETERS),
                    new ModuleSource("scale_user", "scale_user.ll", SCALE_USER_V2)));
            Thread.sleep(200); // the reclaimer runs meanwhile: the old code must stay, pinned by its stub

            assertNotEquals(oldStub, engine.lookup("scale").orElseThrow(), "the two-parameter @scale has a new stub");
            assertEquals(14, engine.invokeLong("call_kept", 7), "the old stub still leads to the old one-parameter code");
            assertEquals(70, engine.invokeLong("use_scale", 7), "the new caller reaches the new @scale");
        }
    }
}
