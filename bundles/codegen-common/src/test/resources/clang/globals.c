/* Global initializers of every form the data emitter handles; compared with clang-19's own object. */
struct S { char c; int i; short s; double d; };
struct S s = {1, 2, 3, 4.5};
struct __attribute__((packed)) P { char c; int i; short s; } p = {7, 0x01020304, 0x0506};
long double ld = 1.5L;
long double lds[3] = {-0.1L, 3.0L, 1e300L};
const char msg[] = "a\tb\n\"q\"\\\x01\xff";
__int128 big = ((__int128)0x0102030405060708 << 64) | 0x090a0b0c0d0e0f10;
unsigned __int128 ubig = -1;
int arr[3][2] = {{1, 2}, {3, 4}, {5, 6}};
int *parr = &arr[1][1];
int *pneg = &arr[2][0] - 3;
int f(void) { return 1; }
struct E { const char *name; int (*fn)(void); int *p; } table[2] = {{"x", f, &arr[0][1]}, {"yz", 0, &arr[2][1]}};
static int zero[100];
int *pzero = &zero[50];
int zero2 = 0;
double dd = -2.25;
const double cd[2] = {1.0, 0.0};
float ff[3] = {1.5f, -0.0f, 3.25e10f};
double negzero = -0.0;
_Bool flag = 1;
struct Bits { unsigned a : 3, b : 5; int c : 12; } bits = {5, 17, -3};
union U { double d; char c[12]; } u = {.c = "hello"};
const char *strs[] = {"one", "two", "three", 0};
const char **pstrs = &strs[2];
long offs = (long) &((struct S *) 0)->d;
const char *endp = msg + sizeof msg;
void *fnptrs[] = {(void *) f, (void *) &s.d, (void *) &p.s};
int weakv __attribute__((weak)) = 42;
extern int ext_var;
int *pext[2] = {&ext_var, &ext_var + 10};
struct Nested { struct S inner[2]; int *ptrs[2]; short tail; } nested = {{{1, 2, 3, 4.0}, {5, 6, 7, 8.0}}, {&arr[0][0], &arr[2][1]}, -1};
int target_var = 5;
extern int alias_var __attribute__((alias("target_var")));
const struct S cs = {-1, -2, -3, -4.0};
char grid[2][3] = {"ab", "cd"};
unsigned long long ull = 0xfedcba9876543210ULL;
signed char sc = -128;
short shorts[] = {-1, 0x7fff, -0x8000};
typedef float v4f __attribute__((vector_size(16)));
typedef int v2i __attribute__((vector_size(8)));
v4f vec = {1, 2, 3, 4};
v2i vi = {-1, 7};
#if __clang_major__ >= 15 /* vectors of _Bool: <8 x i1> stored as a bit mask */
typedef _Bool b8 __attribute__((ext_vector_type(8)));
typedef _Bool b3 __attribute__((ext_vector_type(3)));
b8 mask = {1, 0, 1, 1, 0, 0, 0, 1};
b3 mask3 = {1, 1, 0};
#endif
void *vp[2] = {&vec, &vi};

int interp(int op) {
    static void *labels[] = {&&add, &&sub};
    goto *labels[op];
add:
    return 1;
sub:
    return 2;
}

/* At -O2 this switch becomes a relative lookup table of 32-bit differences (PIE default). */
const char *name(int i) {
    switch (i) {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
    default: return "many";
    }
}
