package org.hotlink.ir;

/** Prints value names as LLVM does: bare when they only hold identifier characters, quoted otherwise. */
final class NameQuoting {
    private NameQuoting() {
    }

    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '$' || c == '-';
        }
        if (plain) {
            return name;
        }
        StringBuilder s = new StringBuilder("\"");
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 32 || c >= 127 || c == '"' || c == '\\') {
                s.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                s.append((char) c);
            }
        }
        return s.append('"').toString();
    }
}
