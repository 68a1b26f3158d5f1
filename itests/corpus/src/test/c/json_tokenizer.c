/* A JSON-like tokenizer: strings with escapes, numbers, literals and punctuation, with nesting depth tracking. */
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum Token { T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET, T_COLON, T_COMMA, T_STRING, T_NUMBER, T_TRUE, T_FALSE,
             T_NULL, T_END, T_ERROR };
static const char *const token_names[] = { "{", "}", "[", "]", ":", ",", "string", "number", "true", "false",
                                           "null", "end", "error" };

struct Lexer { const char *p; char text[64]; double number; };

static enum Token next(struct Lexer *lx) {
    while (isspace((unsigned char)*lx->p)) lx->p++;
    char c = *lx->p;
    if (!c) return T_END;
    lx->p++;
    switch (c) {
    case '{': return T_LBRACE; case '}': return T_RBRACE; case '[': return T_LBRACKET; case ']': return T_RBRACKET;
    case ':': return T_COLON; case ',': return T_COMMA;
    case '"': {
        size_t n = 0;
        while (*lx->p && *lx->p != '"') {
            char ch = *lx->p++;
            if (ch == '\\') { ch = *lx->p++; ch = ch == 'n' ? '\n' : ch == 't' ? '\t' : ch; }
            if (n < sizeof lx->text - 1) lx->text[n++] = ch;
        }
        lx->text[n] = '\0';
        if (*lx->p != '"') return T_ERROR;
        lx->p++;
        return T_STRING;
    }
    default:
        if (c == '-' || isdigit((unsigned char)c)) { char *end; lx->number = strtod(lx->p - 1, &end); lx->p = end; return T_NUMBER; }
        if (isalpha((unsigned char)c)) {
            const char *start = lx->p - 1;
            while (isalpha((unsigned char)*lx->p)) lx->p++;
            size_t n = (size_t)(lx->p - start);
            if (n == 4 && !strncmp(start, "true", 4)) return T_TRUE;
            if (n == 5 && !strncmp(start, "false", 5)) return T_FALSE;
            if (n == 4 && !strncmp(start, "null", 4)) return T_NULL;
        }
        return T_ERROR;
    }
}

int main(void) {
    const char *doc = "{ \"name\": \"hot\\\"link\", \"tags\": [\"jit\", \"llvm\\n\"], \"version\": -1.25e2,\n"
                      "  \"ok\": true, \"nested\": {\"deep\": [[1, 2], [3, [4]]], \"none\": null}, \"off\": false }";
    struct Lexer lx = { doc, "", 0 };
    int depth = 0, max_depth = 0, counts[T_ERROR + 1] = { 0 };
    double numbers = 0;
    enum Token t;
    while ((t = next(&lx)) != T_END && t != T_ERROR) {
        counts[t]++;
        if (t == T_LBRACE || t == T_LBRACKET) { if (++depth > max_depth) max_depth = depth; }
        if (t == T_RBRACE || t == T_RBRACKET) depth--;
        if (t == T_STRING) printf("string <%s>\n", lx.text);
        if (t == T_NUMBER) numbers += lx.number;
    }
    for (int i = 0; i <= T_ERROR; i++) if (counts[i]) printf("%s x%d\n", token_names[i], counts[i]);
    printf("end %s depth %d max %d numbers %.2f\n", token_names[t], depth, max_depth, numbers);
    return max_depth;
}
