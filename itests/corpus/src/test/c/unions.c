/* Unions: type punning between integers, floats and bytes, and tagged unions. */
#include <stdio.h>
#include <stdint.h>

union Bits { double d; uint64_t u; unsigned char bytes[8]; };
union Fbits { float f; uint32_t u; };

enum Kind { INT, REAL, TEXT };
struct Value { enum Kind kind; union { long i; double r; const char *s; } as; };

static void show(struct Value v) {
    switch (v.kind) {
    case INT: printf("int %ld\n", v.as.i); break;
    case REAL: printf("real %.4f\n", v.as.r); break;
    case TEXT: printf("text %s\n", v.as.s); break;
    }
}

int main(void) {
    union Bits b; b.d = -2.5;
    printf("bits of -2.5: %016llx\n", (unsigned long long)b.u);
    printf("low byte %02x high byte %02x\n", b.bytes[0], b.bytes[7]);
    union Fbits f; f.u = 0x3f800000u;
    printf("float from 0x3f800000: %.3f\n", f.f);
    f.f = 0.1f;
    printf("bits of 0.1f: %08x\n", f.u);
    struct Value vs[3] = { { INT, { .i = -42 } }, { REAL, { .r = 3.14159 } }, { TEXT, { .s = "union" } } };
    for (int i = 0; i < 3; i++) show(vs[i]);
    printf("sizeof(union Bits) = %zu\n", sizeof(union Bits));
    return (int)(b.u >> 56);
}
