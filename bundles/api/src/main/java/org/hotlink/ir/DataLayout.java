package org.hotlink.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sizes and alignments of types, from an LLVM {@code target datalayout} string (LLVM's LangRef
 * "Data Layout" syntax). Specifications missing from the string take LLVM's defaults; an integer
 * width without its own entry takes the alignment of the next wider entry (the widest if none is
 * wider), a float or vector width without one takes its store size rounded up to a power of two,
 * as LLVM's DataLayout does. Immutable and thread-safe.
 */
public final class DataLayout {
    /** What clang-19 prints for x86_64-unknown-linux-gnu. */
    public static final String X86_64_LINUX =
            "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

    private final String text;
    private final boolean bigEndian;
    /** bit width -> ABI alignment in bytes. */
    private final TreeMap<Integer, Integer> integerAlign = new TreeMap<>();
    private final TreeMap<Integer, Integer> floatAlign = new TreeMap<>();
    private final TreeMap<Integer, Integer> vectorAlign = new TreeMap<>();
    /** address space -> {size in bytes, ABI alignment in bytes}. */
    private final Map<Integer, int[]> pointerSpecs = new TreeMap<>();
    private final int aggregateAlign;
    private final int stackAlign;

    private DataLayout(String text, Parsed p) {
        this.text = text;
        this.bigEndian = p.bigEndian;
        this.integerAlign.putAll(p.integerAlign);
        this.floatAlign.putAll(p.floatAlign);
        this.vectorAlign.putAll(p.vectorAlign);
        this.pointerSpecs.putAll(p.pointerSpecs);
        this.aggregateAlign = p.aggregateAlign;
        this.stackAlign = p.stackAlign;
    }

    /** Parsed once: every module starts with it and nearly every module names it. */
    private static final DataLayout X86_64_LINUX_LAYOUT = parseText(X86_64_LINUX);

    /** The default for x86-64 Linux, used when a module has no {@code target datalayout}. */
    public static DataLayout x86_64Linux() {
        return X86_64_LINUX_LAYOUT;
    }

    /**
     * Parses LLVM's data layout syntax ({@code e}, {@code E}, {@code m:}, {@code p[n]:size:abi[:pref[:idx]]},
     * {@code iN:abi[:pref]}, {@code fN:...}, {@code vN:...}, {@code a:...}, {@code n...}, {@code S...},
     * {@code F...}, {@code A}, {@code P}, {@code G}, {@code ni:}).
     *
     * @throws IllegalArgumentException with a message naming the bad specification
     */
    public static DataLayout parse(String text) {
        Objects.requireNonNull(text, "text");
        return text.equals(X86_64_LINUX) ? X86_64_LINUX_LAYOUT : parseText(text);
    }

    private static DataLayout parseText(String text) {
        Parsed p = new Parsed();
        if (!text.isEmpty()) {
            for (String spec : text.split("-", -1)) {
                p.apply(spec);
            }
        }
        return new DataLayout(text, p);
    }

    /** The string this layout was parsed from. */
    public String text() {
        return text;
    }

    public boolean isBigEndian() {
        return bigEndian;
    }

    /** Size of a pointer in address space 0, in bytes. */
    public int pointerSize() {
        return pointerSize(0);
    }

    public int pointerSize(int addressSpace) {
        return pointerSpec(addressSpace)[0];
    }

    /** Natural stack alignment in bytes, 0 when unspecified. */
    public int stackAlignment() {
        return stackAlign;
    }

    /** Size in bits of a value of {@code type}, as LLVM's getTypeSizeInBits (arrays and structs include padding). */
    public long sizeInBits(Type type) {
        if (type instanceof IntegerType t) {
            return t.bits();
        }
        if (type instanceof FloatingType t) {
            return t.bits();
        }
        if (type instanceof PointerType t) {
            return 8L * pointerSize(t.addressSpace());
        }
        if (type instanceof ArrayType t) {
            return 8L * t.length() * allocSizeOf(t.elementType());
        }
        if (type instanceof StructType t) {
            return 8L * structLayout(t).size();
        }
        if (type instanceof VectorType t) {
            return t.length() * sizeInBits(t.elementType());
        }
        throw new IllegalArgumentException("type " + type + " has no size");
    }

    /** Store size in bytes: the bytes a load or store of {@code type} touches. */
    public long sizeOf(Type type) {
        return (sizeInBits(type) + 7) / 8;
    }

    /** Allocation size in bytes: the store size rounded up to the ABI alignment (the GEP stride). */
    public long allocSizeOf(Type type) {
        return alignTo(sizeOf(type), abiAlignmentOf(type));
    }

    /** ABI alignment of {@code type} in bytes (a power of two, at least 1). */
    public int abiAlignmentOf(Type type) {
        if (type instanceof IntegerType t) {
            Map.Entry<Integer, Integer> e = integerAlign.ceilingEntry(t.bits());
            return e != null ? e.getValue() : integerAlign.lastEntry().getValue();
        }
        if (type instanceof FloatingType t) {
            Integer a = floatAlign.get(t.bits());
            return a != null ? a : powerOf2Ceil((t.bits() + 7) / 8);
        }
        if (type instanceof PointerType t) {
            return pointerSpec(t.addressSpace())[1];
        }
        if (type instanceof ArrayType t) {
            return abiAlignmentOf(t.elementType());
        }
        if (type instanceof StructType t) {
            return structLayout(t).alignment();
        }
        if (type instanceof VectorType t) {
            Integer a = vectorAlign.get((int) sizeInBits(t));
            return a != null ? a : (int) powerOf2Ceil(sizeOf(t));
        }
        throw new IllegalArgumentException("type " + type + " has no alignment");
    }

    /**
     * Offsets of a struct's elements: unpacked elements sit at their ABI alignment, the size is
     * rounded up to the struct's alignment (the largest element alignment, 1 when packed).
     *
     * @throws IllegalArgumentException for an opaque struct, which has no layout
     */
    public StructLayout structLayout(StructType type) {
        if (type.isOpaque()) {
            throw new IllegalArgumentException("opaque struct " + type + " has no layout");
        }
        long offset = 0;
        int alignment = type.isPacked() ? 1 : Math.max(1, aggregateAlign);
        List<Long> offsets = new ArrayList<>(type.elementCount());
        for (Type element : type.elements()) {
            int elementAlign = type.isPacked() ? 1 : abiAlignmentOf(element);
            offset = alignTo(offset, elementAlign);
            alignment = Math.max(alignment, elementAlign);
            offsets.add(offset);
            offset += allocSizeOf(element);
        }
        return new StructLayout(offsets, alignTo(offset, alignment), alignment);
    }

    private int[] pointerSpec(int addressSpace) {
        int[] spec = pointerSpecs.get(addressSpace);
        return spec != null ? spec : pointerSpecs.get(0);
    }

    static long alignTo(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    private static long powerOf2Ceil(long n) {
        long p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    private static int powerOf2Ceil(int n) {
        return (int) powerOf2Ceil((long) n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataLayout d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Mutable state while parsing, seeded with LLVM's defaults. */
    private static final class Parsed {
        boolean bigEndian;
        final TreeMap<Integer, Integer> integerAlign = new TreeMap<>(Map.of(1, 1, 8, 1, 16, 2, 32, 4, 64, 4));
        final TreeMap<Integer, Integer> floatAlign = new TreeMap<>(Map.of(16, 2, 32, 4, 64, 8, 128, 16));
        final TreeMap<Integer, Integer> vectorAlign = new TreeMap<>(Map.of(64, 8, 128, 16));
        final Map<Integer, int[]> pointerSpecs = new TreeMap<>(Map.of(0, new int[] {8, 8}));
        int aggregateAlign;
        int stackAlign;

        void apply(String spec) {
            if (spec.isEmpty()) {
                throw new IllegalArgumentException("empty data layout specification");
            }
            char kind = spec.charAt(0);
            String rest = spec.substring(1);
            switch (kind) {
                case 'e' -> bigEndian = false;
                case 'E' -> bigEndian = true;
                case 'p' -> pointer(rest, spec);
                case 'i' -> primitive(integerAlign, rest, spec);
                case 'f' -> primitive(floatAlign, rest, spec);
                case 'v' -> primitive(vectorAlign, rest, spec);
                case 'a' -> aggregateAlign = alignmentBytes(fields(rest, spec, 1)[1], spec);
                case 'S' -> stackAlign = bits(rest, spec) / 8;
                case 'm', 'n', 'F', 'A', 'P', 'G' -> {
                    // mangling, native widths, function pointer alignment and default address
                    // spaces do not change sizes or alignments of data
                }
                default -> {
                    if (!spec.startsWith("ni:")) {
                        throw new IllegalArgumentException("unknown data layout specification '" + spec + "'");
                    }
                }
            }
        }

        private void pointer(String rest, String spec) {
            String[] f = rest.split(":", -1);
            int addressSpace = f[0].isEmpty() ? 0 : bits(f[0], spec);
            if (f.length < 3) {
                throw new IllegalArgumentException("pointer specification '" + spec + "' needs size and alignment");
            }
            int size = bits(f[1], spec);
            if (size % 8 != 0 || size == 0) {
                throw new IllegalArgumentException("pointer size must be a positive multiple of 8 in '" + spec + "'");
            }
            pointerSpecs.put(addressSpace, new int[] {size / 8, alignmentBytes(f[2], spec)});
        }

        private void primitive(TreeMap<Integer, Integer> table, String rest, String spec) {
            String[] f = fields(rest, spec, 2);
            int width = bits(f[0], spec);
            if (width == 0) {
                throw new IllegalArgumentException("zero width in '" + spec + "'");
            }
            table.put(width, alignmentBytes(f[1], spec));
        }

        private static String[] fields(String rest, String spec, int needed) {
            String[] f = rest.split(":", -1);
            if (f.length < needed || (needed > 1 && f[1].isEmpty())) {
                throw new IllegalArgumentException("data layout specification '" + spec + "' is incomplete");
            }
            return f.length > 1 ? f : new String[] {f[0], "0"};
        }

        private static int alignmentBytes(String bitsText, String spec) {
            int bits = bits(bitsText, spec);
            if (bits % 8 != 0 || Integer.bitCount(Math.max(bits, 8)) != 1) {
                throw new IllegalArgumentException("alignment must be a power of two in bytes in '" + spec + "'");
            }
            return Math.max(1, bits / 8);
        }

        private static int bits(String text, String spec) {
            try {
                int value = Integer.parseInt(text);
                if (value < 0 || value > (1 << 24)) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number '" + text + "' in data layout specification '" + spec + "'");
            }
        }
    }
}
