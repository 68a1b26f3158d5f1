package org.hotlink.codegen.common;

import static org.hotlink.codegen.common.IrFixtures.I32;
import static org.hotlink.codegen.common.IrFixtures.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.codegen.SymbolBinding;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tests that LinkageMapping binds each IR linkage as an ELF static linker treats clang's output. */
class LinkageMappingTest {
    private static GlobalVariable withLinkage(String name, Linkage linkage) {
        GlobalVariable g = IrFixtures.global(null, name, i32(0), 4);
        g.setLinkage(linkage);
        return g;
    }

    @ParameterizedTest(name = "{0} definitions bind {1}")
    @CsvSource({"PRIVATE, LOCAL", "INTERNAL, LOCAL", "EXTERNAL, GLOBAL", "WEAK, WEAK", "WEAK_ODR, WEAK",
            "LINKONCE, WEAK", "LINKONCE_ODR, WEAK", "COMMON, WEAK"})
    void definitionBindingFollowsLinkage(Linkage linkage, SymbolBinding expected) throws Exception {
        assertEquals(expected, LinkageMapping.definitionBinding(withLinkage("g", linkage)), linkage + " binds " + expected);
    }

    @ParameterizedTest(name = "{0} has no definition to bind")
    @CsvSource({"APPENDING", "EXTERN_WEAK", "AVAILABLE_EXTERNALLY"})
    void linkagesWithoutAnEmittedDefinitionAreRefused(Linkage linkage) {
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class,
                () -> LinkageMapping.definitionBinding(withLinkage("g", linkage)), linkage + " must be refused");
        assertEquals(4, e.location().line(), "reported at the global's line");
    }

    @Test
    void onlyExternWeakReferencesAreWeak() {
        GlobalVariable weakDecl = IrFixtures.external(null, "w", I32);
        weakDecl.setLinkage(Linkage.EXTERN_WEAK);
        assertTrue(LinkageMapping.isWeakReference(weakDecl), "extern_weak is a weak reference");
        assertFalse(LinkageMapping.isWeakReference(IrFixtures.external(null, "s", I32)), "external is strong");
        assertFalse(LinkageMapping.isWeakReference(withLinkage("wd", Linkage.WEAK)), "a weak definition is referenced strongly");
    }

    @Test
    void availableExternallyAndLlvmNamesAreNotEmitted() {
        assertFalse(LinkageMapping.isEmitted(withLinkage("ae", Linkage.AVAILABLE_EXTERNALLY)), "available_externally");
        assertFalse(LinkageMapping.isEmitted(withLinkage("llvm.used", Linkage.APPENDING)), "llvm.used");
        assertTrue(LinkageMapping.isEmitted(withLinkage("plain", Linkage.LINKONCE_ODR)), "a linkonce_odr definition is emitted");
    }

    @ParameterizedTest(name = "a {0} definition is interposable: {1}")
    @CsvSource({"PRIVATE, false", "INTERNAL, false", "EXTERNAL, false", "WEAK, true", "WEAK_ODR, true",
            "LINKONCE, true", "LINKONCE_ODR, true", "COMMON, true", "AVAILABLE_EXTERNALLY, true"})
    void definitionsAnotherModuleMayReplaceAreInterposable(Linkage linkage, boolean expected) {
        assertEquals(expected, LinkageMapping.isInterposable(withLinkage("g", linkage)),
                linkage + " interposable should be " + expected);
    }

    @Test
    void declarationsAreInterposable() {
        GlobalVariable weakDecl = IrFixtures.external(null, "w", I32);
        weakDecl.setLinkage(Linkage.EXTERN_WEAK);
        assertTrue(LinkageMapping.isInterposable(weakDecl), "an extern_weak declaration is interposable");
        assertTrue(LinkageMapping.isInterposable(IrFixtures.external(null, "s", I32)), "an external declaration is interposable");
    }
}
