/* Bit tricks: popcount, clz, ctz, bswap, rotates, bit reversal, masks. */
#include <stdio.h>
#include <stdint.h>

static volatile uint32_t w32 = 0x00F0A001u;
static volatile uint64_t w64 = 0x0123456789ABCDEFull;
static volatile uint16_t w16 = 0xA1B2;

static uint32_t rotl32(uint32_t v, unsigned s) { return (v << (s & 31)) | (v >> ((32 - s) & 31)); }
static uint64_t rotr64(uint64_t v, unsigned s) { return (v >> (s & 63)) | (v << ((64 - s) & 63)); }
static uint8_t rotl8(uint8_t v, unsigned s) { return (uint8_t)((v << (s & 7)) | (v >> ((8 - s) & 7))); }

static uint32_t reverse_bits(uint32_t v) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (v & 1); v >>= 1; }
    return r;
}

int main(void) {
    uint32_t a = w32; uint64_t b = w64; uint16_t c = w16;
    printf("popcount %d %d %d\n", __builtin_popcount(a), __builtin_popcountll(b), __builtin_popcount(c));
    printf("clz %d %d ctz %d %d\n", __builtin_clz(a), __builtin_clzll(b), __builtin_ctz(a), __builtin_ctzll(b << 4));
    printf("bswap %08x %016llx %04x\n", __builtin_bswap32(a), (unsigned long long)__builtin_bswap64(b),
           __builtin_bswap16(c));
    printf("rotl32 %08x rotr64 %016llx rotl8 %02x\n", rotl32(a, 12), (unsigned long long)rotr64(b, 20),
           rotl8((uint8_t)c, 3));
    printf("builtin rotl %08x rotr %08x rotr64 %016llx\n", __builtin_rotateleft32(a, w16 & 31),
           __builtin_rotateright32(a, w16 & 31), (unsigned long long)__builtin_rotateright64(b, w16 & 63));
    printf("reverse %08x builtin %08x\n", reverse_bits(a), __builtin_bitreverse32(a));
    printf("parity %d ffs %d\n", __builtin_parity(a), __builtin_ffs((int)a));
    uint32_t lowest = a & -a, cleared = a & (a - 1);
    printf("lowest bit %08x cleared %08x\n", lowest, cleared);
    int next_pow2 = 1 << (32 - __builtin_clz(1000 - 1));
    printf("next power of two above 1000: %d\n", next_pow2);
    return __builtin_popcountll(b);
}
