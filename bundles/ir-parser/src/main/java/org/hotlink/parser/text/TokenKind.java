package org.hotlink.parser.text;

/** Kinds of lexical tokens of LLVM IR text. */
enum TokenKind {
    EOF,
    /** {@code %name}, {@code %"quoted"}; text is the decoded name. */
    LOCAL_VAR,
    /** {@code %12}; text is the digits. */
    LOCAL_ID,
    /** {@code @name}, {@code @"quoted"}. */
    GLOBAL_VAR,
    /** {@code @12}. */
    GLOBAL_ID,
    /** {@code !name} or {@code !12}; text is what follows the {@code !}. */
    METADATA_NAME,
    /** A lone {@code !} (before {@code {} or a string). */
    EXCLAIM,
    /** {@code #12}; text is the digits. */
    ATTRIBUTE_GROUP_ID,
    /** {@code #dbg_value} and other debug records; text is the word after {@code #}. */
    DEBUG_RECORD,
    /** {@code $name} (a comdat). */
    COMDAT_VAR,
    /** {@code name:} or {@code "quoted":} or {@code 12:} that defines a block; text is the name. */
    LABEL,
    /** {@code "..."}; text holds the decoded bytes as ISO-8859-1 characters. */
    STRING,
    /** {@code c"..."}; text holds the decoded bytes as ISO-8859-1 characters. */
    C_STRING,
    /** A decimal integer, possibly negative. */
    INTEGER,
    /** {@code u0x...} or {@code s0x...}; text is the whole token. */
    HEX_INTEGER,
    /** A decimal float or a {@code 0x...}, {@code 0xK...} etc. hexadecimal float; text is the whole token. */
    FLOAT,
    /** A bare word: keywords, type names like {@code i32}. */
    WORD,
    /** Text that is not a token; text is the message. The parser reports it when it gets there. */
    ERROR,
    EQUALS, COMMA, STAR, LBRACKET, RBRACKET, LBRACE, RBRACE, LPAREN, RPAREN, LESS, GREATER, COLON, ELLIPSIS, BAR
}
