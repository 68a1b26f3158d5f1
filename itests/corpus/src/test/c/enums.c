/* Enums: implicit and explicit values, negative values, enums in switch and as array indexes. */
#include <stdio.h>

enum Color { RED, GREEN = 5, BLUE, ALPHA = -2 };
enum Weekday { MON = 1, TUE, WED, THU, FRI, SAT, SUN, DAYS = SUN };
static const char *const day_names[DAYS + 1] = { "?", "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static int is_weekend(enum Weekday d) {
    switch (d) { case SAT: case SUN: return 1; default: return 0; }
}

int main(void) {
    printf("RED %d GREEN %d BLUE %d ALPHA %d\n", RED, GREEN, BLUE, ALPHA);
    int weekend = 0;
    for (enum Weekday d = MON; d <= SUN; d++) { printf("%s%s ", day_names[d], is_weekend(d) ? "*" : ""); weekend += is_weekend(d); }
    printf("\nsizeof(enum Color) %zu\n", sizeof(enum Color));
    enum Color c = (enum Color)(BLUE + ALPHA);
    return c + weekend;
}
