package org.hotlink.linker.impl;

import java.util.List;
import java.util.OptionalLong;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;

/**
 * Step 3 of an update: resolves every relocation of one placed object against the table as the
 * update will leave it, patches copies of the section images and writes them.
 *
 * <p>Resolution rules: a LOCAL symbol is seen only by its own object. A FUNCTION target's address
 * S is its entry stub (the new stub of a fresh function), so calls work in any load order and a
 * later definition is one slot store. The exception is an X86_64_64 reference through an
 * undefined WEAK symbol that nothing defines: S is 0 (extern_weak is null), and in read-write
 * data it is rewritten when a definition arrives (a PC-relative reference cannot encode 0, so it
 * gets the stub: back-ends take the address of an extern_weak function through X86_64_GOTPCREL,
 * whose slot holds 0 until a definition arrives). A DATA target's S is its storage: the
 * definition that will be in effect (kept data: the old version's storage) or an external
 * already bound. Data that will not be defined can only be reached through its GOT slot
 * (X86_64_GOTPCREL) or by X86_64_64 in data, which is placed read-write and patched when the
 * definition arrives; any other direct reference to it is refused. X86_64_64 references in
 * read-write data to data defined elsewhere, or defined WEAK here, follow every later change.
 */
final class ObjectPatcher {
    private final GotSlots gots;

    ObjectPatcher(GotSlots gots) {
        this.gots = gots;
    }

    void patchAndWrite(PlannedObject object) throws LinkException {
        SectionPlacement placement = object.placement();
        List<ObjectSection> sections = object.object().sections();
        for (int i = 0; i < sections.size(); i++) {
            ObjectSection section = sections.get(i);
            Segment segment = placement.segment(i);
            if (section.kind() == SectionKind.ZERO_FILL) {
                if (!section.relocations().isEmpty()) {
                    throw new LinkException(object.where() + ": zero-filled section " + section.name() + " cannot have relocations");
                }
                continue; // a fresh segment reads as zero (MemoryArena#allocate)
            }
            byte[] image = section.contents().clone();
            for (Relocation relocation : section.relocations()) {
                patch(object, image, i, relocation);
            }
            segment.write(0, image);
        }
    }

    private void patch(PlannedObject object, byte[] image, int sectionIndex, Relocation relocation) throws LinkException {
        SectionPlacement placement = object.placement();
        RelocationType type = relocation.type();
        String place = placement.sectionName(sectionIndex) + "+0x" + Integer.toHexString(relocation.offset()) + " in "
                + object.where();
        if ((long) relocation.offset() + type.width() > image.length) {
            throw new LinkException("relocation " + type + " at " + place + " lies outside the section");
        }
        long p = placement.sectionAddress(sectionIndex) + relocation.offset();
        long s;
        long g = 0;
        String target;
        if (relocation.isSectionRelative()) {
            int targetSection = relocation.targetSection();
            if (targetSection < 0 || targetSection >= placement.sectionCount()) {
                throw new LinkException("relocation " + type + " at " + place + " names section " + targetSection);
            }
            s = placement.sectionAddress(targetSection);
            target = "section " + placement.sectionName(targetSection);
        } else {
            ObjectSymbol symbol = object.symbolOf(relocation);
            PlannedName name = object.nameOf(symbol);
            target = "'" + symbol.name() + "'";
            if (type == RelocationType.X86_64_GOTPCREL) {
                g = name.gotAddress(gots);
                s = 0;
            } else {
                s = symbolAddress(object, symbol, name, relocation, placement.segment(sectionIndex), place);
            }
        }
        long value = RelocationPatch.value(type, s, relocation.addend(), p, g);
        if (!RelocationPatch.fits(type, value)) {
            throw new LinkException("relocation " + type + " against " + target + " at " + place + " overflows: 0x"
                    + Long.toHexString(value) + " does not fit in 32 signed bits");
        }
        RelocationPatch.store(image, relocation.offset(), type.width(), value);
    }

    private static long symbolAddress(PlannedObject object, ObjectSymbol symbol, PlannedName name, Relocation relocation,
                                      Segment segment, String place) throws LinkException {
        boolean writable = segment.protection() == Protection.READ_WRITE;
        boolean absolute = relocation.type() == RelocationType.X86_64_64;
        if (absolute && !symbol.isDefined()) {
            boolean waits = ReferenceRules.waitsForDefinition(object, relocation);
            // Data addresses can change (a definition arrives, replaces a weak one or an external
            // binding, a new version gives it new storage); in writable memory such a reference follows every change.
            if ((waits || symbol.kind() == SymbolKind.DATA) && writable) {
                name.defer(new DeferredReference(segment, relocation.offset(), relocation.addend()));
                return waits ? 0 : name.address();
            }
            if (waits && symbol.binding() == SymbolBinding.WEAK) {
                return 0;
            }
        }
        if (symbol.kind() == SymbolKind.FUNCTION) {
            return name.stubAddress();
        }
        if (absolute && writable && ReferenceRules.followsWeakDefinition(object, relocation)) {
            name.defer(new DeferredReference(segment, relocation.offset(), relocation.addend()));
        }
        OptionalLong target = name.target();
        if (target.isPresent()) {
            return target.getAsLong();
        }
        if (symbol.binding() == SymbolBinding.WEAK) {
            return 0;
        }
        throw new LinkException("data symbol '" + symbol.name() + "' is referenced by " + relocation.type() + " at " + place
                + " but not defined; data that is not defined can only be reached through X86_64_GOTPCREL"
                + " or by X86_64_64 in data");
    }
}
