package org.hotlink.ir;

/** How a global's symbol links, as LLVM's linkage types; {@link #keyword()} is the IR spelling. */
public enum Linkage {
    EXTERNAL("external"), PRIVATE("private"), INTERNAL("internal"), WEAK("weak"), WEAK_ODR("weak_odr"),
    LINKONCE("linkonce"), LINKONCE_ODR("linkonce_odr"), COMMON("common"),
    AVAILABLE_EXTERNALLY("available_externally"), EXTERN_WEAK("extern_weak"), APPENDING("appending");

    private final String keyword;

    Linkage(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** Private and internal symbols are not visible outside their module. */
    public boolean isLocal() {
        return this == PRIVATE || this == INTERNAL;
    }

    /** Definitions another definition of the same name may replace or merge with. */
    public boolean isWeakForLinker() {
        return this == WEAK || this == WEAK_ODR || this == LINKONCE || this == LINKONCE_ODR || this == COMMON
                || this == EXTERN_WEAK;
    }
}
