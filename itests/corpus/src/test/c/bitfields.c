/* Bit-fields: packing, signed and unsigned fields, overflow wrap within the field, and sizeof. */
#include <stdio.h>

struct Flags {
    unsigned ready : 1;
    unsigned mode : 3;
    signed level : 4;
    unsigned count : 12;
    unsigned long long wide : 40;
};

struct Packed { unsigned char a : 2, b : 3, c : 3; };

int main(void) {
    struct Flags f = { 1, 5, -3, 4000, 0xFFFFFFFFFFull };
    printf("ready %u mode %u level %d count %u wide %llx\n", f.ready, f.mode, f.level, f.count,
           (unsigned long long)f.wide);
    f.mode += 4;      /* wraps in 3 bits */
    f.level = f.level - 6; /* -9 does not fit: wraps to 7 */
    f.count += 100;   /* 4100 wraps in 12 bits to 4 */
    f.wide += 2;
    printf("after: mode %u level %d count %u wide %llx\n", f.mode, f.level, f.count, (unsigned long long)f.wide);
    struct Packed p = { 3, 7, 5 };
    unsigned char raw;
    __builtin_memcpy(&raw, &p, 1);
    printf("packed raw %02x sizeof %zu, sizeof Flags %zu\n", raw, sizeof p, sizeof f);
    return f.mode + f.count;
}
