package org.hotlink.ir;

/**
 * Comparison predicates of {@code icmp} (EQ..SLE) and {@code fcmp} (FALSE..TRUE). Unordered float
 * predicates are named FUGT etc. to keep them apart from the integer UGT; {@link #keyword()} is the IR spelling.
 */
public enum Predicate {
    EQ("eq"), NE("ne"), UGT("ugt"), UGE("uge"), ULT("ult"), ULE("ule"), SGT("sgt"), SGE("sge"), SLT("slt"), SLE("sle"),
    FALSE("false"), OEQ("oeq"), OGT("ogt"), OGE("oge"), OLT("olt"), OLE("ole"), ONE("one"), ORD("ord"), UNO("uno"),
    UEQ("ueq"), FUGT("ugt"), FUGE("uge"), FULT("ult"), FULE("ule"), UNE("une"), TRUE("true");

    private final String keyword;

    Predicate(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public boolean isIntegerPredicate() {
        return ordinal() <= SLE.ordinal();
    }

    public boolean isFloatPredicate() {
        return !isIntegerPredicate();
    }

    /** The integer predicate spelled {@code keyword}, or null. */
    public static Predicate integerPredicate(String keyword) {
        for (Predicate p : values()) {
            if (p.isIntegerPredicate() && p.keyword.equals(keyword)) {
                return p;
            }
        }
        return null;
    }

    /** The float predicate spelled {@code keyword}, or null. */
    public static Predicate floatPredicate(String keyword) {
        for (Predicate p : values()) {
            if (p.isFloatPredicate() && p.keyword.equals(keyword)) {
                return p;
            }
        }
        return null;
    }
}
