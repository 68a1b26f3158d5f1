/* Globals with pointers: addresses of globals and functions in initializers, arrays of pointers, const data. */
#include <stdio.h>

int counter = 5;
static int hidden[4] = {1, 2, 3, 4};
int *ptr_to_elem = &hidden[2];
const char *names[] = {"alpha", "beta", "gamma", 0};
static int add1(int x) { return x + 1; }
static int twice(int x) { return 2 * x; }
int (*ops[])(int) = {add1, twice};
struct Entry { const char *key; int *value; int (*op)(int); } table[] = {
    {"counter", &counter, add1},
    {"third", &hidden[2], twice},
};
long long big = 0x123456789abcLL;
char buffer[16];
_Thread_local int per_thread = 3;
__attribute__((weak)) int weak_value = 11;
int common_value;

int main(void) {
    int sum = 0;
    for (int i = 0; names[i]; i++) sum += names[i][0];
    for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++) sum += table[i].op(*table[i].value);
    sum += ops[1](*ptr_to_elem) + (int)(big & 0xff) + per_thread + weak_value + common_value;
    buffer[0] = 'x';
    printf("%d %s %c\n", sum, names[1], buffer[0]);
    return 0;
}
