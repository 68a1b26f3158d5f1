package org.hotlink.codegen.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.DataLayout;

/**
 * Turns the link-time fields of a {@link DataImage} into relocations of the target's types, and
 * records in the {@link ObjectBuilder} a reference to every symbol they name (a definition added
 * later replaces the reference). Address fields take the absolute pointer relocation; relative
 * fields the 32-bit PC-relative one. Thread-safe; the builder is not.
 */
final class DataRelocator {
    private final RelocationType pointerRelocation;
    private final RelocationType relativeRelocation;

    /** @throws IllegalArgumentException if the relocations do not have the shapes they are used for */
    DataRelocator(DataLayout layout, RelocationType pointerRelocation, RelocationType relativeRelocation) {
        this.pointerRelocation = Objects.requireNonNull(pointerRelocation, "pointerRelocation");
        if (pointerRelocation.isPcRelative() || pointerRelocation.width() != layout.pointerSize()) {
            throw new IllegalArgumentException(pointerRelocation + " is not an absolute " + layout.pointerSize()
                    + "-byte relocation");
        }
        if (relativeRelocation != null && (!relativeRelocation.isPcRelative() || relativeRelocation.width() != 4)) {
            throw new IllegalArgumentException(relativeRelocation + " is not a 4-byte PC-relative relocation");
        }
        this.relativeRelocation = relativeRelocation;
    }

    /** @param self where the image starts, or null when unknown (then relative fields are refused) */
    List<Relocation> relocationsFor(DataImage image, ObjectBuilder builder, SymbolicAddress self, SourceLocation at)
            throws UnsupportedConstructException {
        List<Relocation> relocations = new ArrayList<>(image.addresses().size() + image.relativeFields().size());
        for (AddressField field : image.addresses()) {
            SymbolicAddress address = field.address();
            reference(address, builder, at);
            relocations.add(Relocation.toSymbol(field.offset(), pointerRelocation, address.symbolName(), address.offset()));
        }
        for (RelativeField field : image.relativeFields()) {
            relocations.add(relativeRelocation(field, builder, self, at));
        }
        relocations.sort(Comparator.comparingInt(Relocation::offset));
        return relocations;
    }

    /**
     * {@code A - B} stored at field offset f of data starting at {@code self}, with B = self + b:
     * the value is S_A + a - (S_self + b); a PC-relative relocation gives S + addend - P with
     * P = S_self + f, so the addend is a - b + f.
     */
    private Relocation relativeRelocation(RelativeField field, ObjectBuilder builder, SymbolicAddress self,
            SourceLocation at) throws UnsupportedConstructException {
        AddressDifference difference = field.difference();
        SymbolicAddress base = difference.subtrahend();
        if (self == null || base.target() != self.target() || base.block() != self.block()) {
            throw new UnsupportedConstructException("unsupported: difference " + difference + " of addresses whose "
                    + "subtrahend is not the data holding it", at);
        }
        if (relativeRelocation == null || field.width() != relativeRelocation.width()) {
            throw new UnsupportedConstructException("unsupported: difference " + difference + " in a " + field.width()
                    + "-byte field" + (relativeRelocation == null ? " (no PC-relative relocation for this target)"
                    : "; only " + relativeRelocation.width() + "-byte fields can hold one"), at);
        }
        SymbolicAddress target = difference.minuend();
        reference(target, builder, at);
        long addend = target.offset() - (base.offset() - self.offset()) + field.offset();
        return Relocation.toSymbol(field.offset(), relativeRelocation, target.symbolName(), addend);
    }

    private static void reference(SymbolicAddress address, ObjectBuilder builder, SourceLocation at)
            throws UnsupportedConstructException {
        if (address.target().isThreadLocal()) {
            throw new UnsupportedConstructException("unsupported: address of thread_local global @"
                    + address.target().name() + " in constant data", at);
        }
        builder.reference(address.symbolName(), address.symbolKind(),
                !address.isBlockAddress() && LinkageMapping.isWeakReference(address.target()));
    }

}
