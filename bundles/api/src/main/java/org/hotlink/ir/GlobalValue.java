package org.hotlink.ir;

import java.util.Objects;
import org.hotlink.diagnostic.SourceLocation;

/**
 * A module-level symbol: variable, function or alias. Its value is its address, so its type is a
 * pointer. Properties are set while parsing (defaults: external linkage, default visibility, not
 * thread-local, no section, no comdat, alignment 0 meaning unspecified).
 */
public abstract class GlobalValue extends Constant {
    private Linkage linkage = Linkage.EXTERNAL;
    private Visibility visibility = Visibility.DEFAULT;
    private DllStorageClass dllStorageClass = DllStorageClass.DEFAULT;
    private ThreadLocalMode threadLocalMode = ThreadLocalMode.NOT_THREAD_LOCAL;
    private UnnamedAddr unnamedAddr = UnnamedAddr.NONE;
    private boolean dsoLocal;
    private String section;
    private String comdat;
    private String partition;
    private long alignment;
    private SourceLocation location = SourceLocation.UNKNOWN;

    protected GlobalValue(String name, int addressSpace) {
        super(PointerType.get(addressSpace), Objects.requireNonNull(name, "name"));
    }

    @Override
    public PointerType type() {
        return (PointerType) super.type();
    }

    public int addressSpace() {
        return type().addressSpace();
    }

    /** True when the symbol is only declared here and defined elsewhere. */
    public abstract boolean isDeclaration();

    public Linkage linkage() {
        return linkage;
    }

    public void setLinkage(Linkage linkage) {
        this.linkage = Objects.requireNonNull(linkage);
    }

    public Visibility visibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = Objects.requireNonNull(visibility);
    }

    public DllStorageClass dllStorageClass() {
        return dllStorageClass;
    }

    public void setDllStorageClass(DllStorageClass dllStorageClass) {
        this.dllStorageClass = Objects.requireNonNull(dllStorageClass);
    }

    public ThreadLocalMode threadLocalMode() {
        return threadLocalMode;
    }

    public boolean isThreadLocal() {
        return threadLocalMode != ThreadLocalMode.NOT_THREAD_LOCAL;
    }

    public void setThreadLocalMode(ThreadLocalMode threadLocalMode) {
        this.threadLocalMode = Objects.requireNonNull(threadLocalMode);
    }

    public UnnamedAddr unnamedAddr() {
        return unnamedAddr;
    }

    public void setUnnamedAddr(UnnamedAddr unnamedAddr) {
        this.unnamedAddr = Objects.requireNonNull(unnamedAddr);
    }

    /** {@code dso_local}: resolved within the same linkage unit. */
    public boolean isDsoLocal() {
        return dsoLocal;
    }

    public void setDsoLocal(boolean dsoLocal) {
        this.dsoLocal = dsoLocal;
    }

    /** The {@code section "..."} name, or null. */
    public String section() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    /** The comdat name this global belongs to ({@code comdat} alone names the global itself), or null. */
    public String comdat() {
        return comdat;
    }

    public void setComdat(String comdat) {
        this.comdat = comdat;
    }

    /** The {@code partition "..."} name, or null. */
    public String partition() {
        return partition;
    }

    public void setPartition(String partition) {
        this.partition = partition;
    }

    /** Alignment in bytes, 0 when unspecified. */
    public long alignment() {
        return alignment;
    }

    public void setAlignment(long alignment) {
        if (alignment < 0 || (alignment != 0 && Long.bitCount(alignment) != 1)) {
            throw new IllegalArgumentException("alignment must be 0 or a power of two: " + alignment);
        }
        this.alignment = alignment;
    }

    /** Where the global's definition or declaration starts in the IR text. */
    public SourceLocation location() {
        return location;
    }

    public void setLocation(SourceLocation location) {
        this.location = Objects.requireNonNull(location);
    }

    @Override
    public String reference() {
        return "@" + NameQuoting.quoteIfNeeded(name());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
