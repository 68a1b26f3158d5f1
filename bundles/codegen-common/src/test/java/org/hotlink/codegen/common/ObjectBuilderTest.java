package org.hotlink.codegen.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.junit.jupiter.api.Test;

/** Tests that ObjectBuilder indexes sections, merges symbols by name and checks relocations. */
class ObjectBuilderTest {
    private static final CompileStatistics STATS = new CompileStatistics(0, 0, 0);

    private static ObjectSection data(String name, int size, Relocation... relocations) {
        return ObjectSection.of(name, SectionKind.WRITABLE_DATA, 8, new byte[size], List.of(relocations));
    }

    @Test
    void sectionsAreIndexedInTheOrderAdded() {
        ObjectBuilder builder = new ObjectBuilder();
        assertEquals(0, builder.addSection(data(".data.a", 8)), "first section gets index 0");
        assertEquals(1, builder.addSection(data(".data.b", 8)), "second section gets index 1");
        RelocatableObject object = builder.build("m", STATS);
        assertEquals(".data.b", object.sections().get(1).name(), "section 1 is the second one added");
        assertEquals("m", object.moduleName(), "module name is passed through");
    }

    @Test
    void referencesToOneNameAreDeduplicated() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.reference("puts", SymbolKind.FUNCTION, false);
        builder.reference("puts", SymbolKind.FUNCTION, false);
        RelocatableObject object = builder.build("m", STATS);
        assertEquals(List.of(ObjectSymbol.undefined("puts", SymbolKind.FUNCTION, false)), object.symbols(),
                "one undefined, strong reference to puts");
    }

    @Test
    void aStrongReferenceWinsOverAWeakOne() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.reference("w", SymbolKind.DATA, true);
        assertEquals(SymbolBinding.WEAK, builder.symbol("w").binding(), "a weak reference alone stays weak");
        builder.reference("w", SymbolKind.DATA, false);
        assertEquals(SymbolBinding.GLOBAL, builder.symbol("w").binding(), "a strong reference makes it strong");
        builder.reference("w", SymbolKind.DATA, true);
        assertEquals(SymbolBinding.GLOBAL, builder.symbol("w").binding(), "a later weak reference does not weaken it");
    }

    @Test
    void aDefinitionReplacesAnEarlierReferenceAndSwallowsLaterOnes() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.reference("g", SymbolKind.DATA, false);
        int section = builder.addSection(data(".data.g", 4));
        builder.define("g", SymbolKind.DATA, SymbolBinding.LOCAL, section, 0, 4);
        builder.reference("g", SymbolKind.DATA, false);
        RelocatableObject object = builder.build("m", STATS);
        assertEquals(List.of(new ObjectSymbol("g", SymbolKind.DATA, SymbolBinding.LOCAL, 0, 0, 4)), object.symbols(),
                "only the local definition of g remains");
        assertTrue(builder.isDefined("g"), "g is defined");
    }

    @Test
    void aSecondDefinitionIsRefusedNamingTheSymbol() {
        ObjectBuilder builder = new ObjectBuilder();
        int section = builder.addSection(data(".data.g", 4));
        builder.define("g", SymbolKind.DATA, SymbolBinding.GLOBAL, section, 0, 4);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> builder.define("g", SymbolKind.DATA, SymbolBinding.WEAK, section, 0, 4),
                "a second definition of g must be refused");
        assertTrue(e.getMessage().contains("g"), "the message names g: " + e.getMessage());
    }

    @Test
    void aDefinitionInAMissingSectionIsRefused() {
        ObjectBuilder builder = new ObjectBuilder();
        assertThrows(IllegalArgumentException.class,
                () -> builder.define("g", SymbolKind.DATA, SymbolBinding.GLOBAL, 0, 0, 4),
                "section 0 does not exist yet");
        int section = builder.addSection(data(".data.g", 4));
        assertThrows(IllegalArgumentException.class,
                () -> builder.define("g", SymbolKind.DATA, SymbolBinding.GLOBAL, section, 5, 4),
                "offset 5 lies past a 4-byte section");
        assertFalse(builder.isDefined("g"), "nothing was defined");
    }

    @Test
    void aRelocationEndingPastItsSectionIsRefused() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.reference("x", SymbolKind.DATA, false);
        builder.addSection(data(".data.p", 8, Relocation.toSymbol(4, RelocationType.X86_64_64, "x", 0)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.build("m", STATS),
                "an 8-byte relocation at offset 4 of an 8-byte section must be refused");
        assertTrue(e.getMessage().contains("offset 4"), "the message names the offset: " + e.getMessage());
    }

    @Test
    void aRelocationToAnUnknownSymbolIsRefused() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.addSection(data(".data.p", 8, Relocation.toSymbol(0, RelocationType.X86_64_64, "nowhere", 0)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.build("m", STATS),
                "a relocation to a symbol neither defined nor referenced must be refused");
        assertTrue(e.getMessage().contains("nowhere"), "the message names the symbol: " + e.getMessage());
    }

    @Test
    void aRelocationToAMissingSectionIsRefused() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.addSection(data(".rodata.table", 8, Relocation.toSection(0, RelocationType.X86_64_64, 3, 0)));
        assertThrows(IllegalStateException.class, () -> builder.build("m", STATS),
                "a relocation to section 3 of a one-section object must be refused");
    }

    @Test
    void aSectionRelativeRelocationToAnExistingSectionIsAccepted() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.addSection(data(".rodata.table", 16, Relocation.toSection(8, RelocationType.X86_64_64, 0, 4)));
        RelocatableObject object = builder.build("m", STATS);
        assertEquals(1, object.sections().get(0).relocations().size(), "the relocation is kept");
    }

    @Test
    void aLazyFunctionIsADefinitionWithoutSectionThatReplacesAReference() {
        ObjectBuilder builder = new ObjectBuilder();
        builder.reference("later", SymbolKind.FUNCTION, false);
        builder.define(ObjectSymbol.lazy("later", SymbolBinding.LOCAL));
        builder.reference("later", SymbolKind.FUNCTION, false);
        RelocatableObject object = builder.build("m", STATS);
        assertEquals(List.of(ObjectSymbol.lazy("later", SymbolBinding.LOCAL)), object.symbols(),
                "only the lazy local definition of later remains");
        assertTrue(builder.isDefined("later"), "a lazy function counts as defined");
        assertThrows(IllegalStateException.class, () -> builder.define(ObjectSymbol.lazy("later", SymbolBinding.GLOBAL)),
                "a second definition of a lazy function must be refused");
    }

    @Test
    void lazyDataIsRefused() {
        ObjectBuilder builder = new ObjectBuilder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.define(new ObjectSymbol("d", SymbolKind.DATA, SymbolBinding.GLOBAL, ObjectSymbol.LAZY, 0, 0)),
                "data cannot be lazy");
        assertTrue(e.getMessage().contains("only functions can be lazy"), "the message says why: " + e.getMessage());
    }
}
