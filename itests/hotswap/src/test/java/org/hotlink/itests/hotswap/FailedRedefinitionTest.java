package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.ModuleSource;
import org.hotlink.engine.SymbolInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Test that a redefinition that fails at any stage (parse, verify, compile, link) changes nothing: the old
 * code keeps answering, modules(), their versions and symbols() are as before.
 */
class FailedRedefinitionTest {
    private static final String VALUE_V1 = Ir.module("""
            @state = global i64 11

            define i64 @value() {
              ret i64 1
            }

            define i64 @state_value() {
              %s = load i64, ptr @state
              ret i64 %s
            }
            """);

    /** A good second version: used where a batch must fail because of another module. */
    private static final String VALUE_V2 = Ir.module("""
            @state = global i64 11

            define i64 @value() {
              ret i64 2
            }

            define i64 @state_value() {
              %s = load i64, ptr @state
              ret i64 %s
            }
            """);

    /** Defines {@code @taken} strongly, so another module may not. */
    private static final String OTHER = Ir.module("""
            define i64 @taken() {
              ret i64 9
            }
            """);

    private Engine engine;
    private List<ModuleInfo> modulesBefore;
    private List<SymbolInfo> symbolsBefore;

    @BeforeEach
    void loadTwoModules() throws Exception {
        engine = Engines.create();
        engine.add("value", VALUE_V1);
        engine.add("other", OTHER);
        assertEquals(1, engine.invokeLong("value"), "version 1 answers before the failed redefinition");
        modulesBefore = engine.modules();
        symbolsBefore = engine.symbols();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void syntaxErrorChangesNothing() throws Exception {
        assertFailsAndChangesNothing(IrSyntaxException.class,
                () -> engine.redefine("value", Ir.module("define i64 @value() {\n  ret i64 %nope\n")));
    }

    @Test
    void verificationErrorChangesNothing() throws Exception {
        assertFailsAndChangesNothing(IrVerificationException.class, () -> engine.redefine("value", Ir.module("""
                define i64 @value() {
                entry:
                  %y = add i64 %x, 1
                  %x = add i64 1, 1
                  ret i64 %y
                }
                """)));
    }

    /** Inline assembly parses and verifies, but the back-end does not compile it. */
    @Test
    void codeGenerationErrorChangesNothing() throws Exception {
        assertFailsAndChangesNothing(UnsupportedConstructException.class, () -> engine.redefine("value", Ir.module("""
                define i64 @value() {
                  call void asm sideeffect "nop", ""()
                  ret i64 2
                }
                """)));
    }

    @Test
    void duplicateStrongSymbolChangesNothing() throws Exception {
        assertFailsAndChangesNothing(DuplicateSymbolException.class, () -> engine.redefine("value", Ir.module("""
                define i64 @value() {
                  ret i64 2
                }

                define i64 @taken() {
                  ret i64 3
                }
                """)));
        assertEquals(9, engine.invokeLong("taken"), "@taken is still the other module's");
    }

    @Test
    void batchWithOneBrokenModuleChangesNoModuleOfIt() throws Exception {
        assertFailsAndChangesNothing(IrSyntaxException.class, () -> engine.redefineAll(List.of(
                new ModuleSource("value", "value.ll", VALUE_V2),
                new ModuleSource("other", "other.ll", Ir.module("define i64 @taken( {\n")))));
    }

    private void assertFailsAndChangesNothing(Class<? extends HotlinkException> expected, Executable redefinition)
            throws Exception {
        assertThrows(expected, redefinition, "the broken redefinition is refused with " + expected.getSimpleName());
        assertEquals(1, engine.invokeLong("value"), "the old @value keeps answering");
        assertEquals(11, engine.invokeLong("state_value"), "@state keeps its value");
        assertEquals(modulesBefore, engine.modules(), "modules and their versions unchanged");
        assertEquals(symbolsBefore, engine.symbols(), "symbol table unchanged (owners, versions, addresses)");
    }
}
