/* Globals initialized with addresses of other globals, of array elements, of functions, and string tables. */
#include <stdio.h>

static int values[5] = { 10, 20, 30, 40, 50 };
static int *middle = &values[2];
static int *const ends[2] = { &values[0], &values[4] };
static int **indirect = (int **)&middle;

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int (*const transforms[])(int) = { twice, square };

static const char *const colors[] = { "red", "green", "blue", NULL };
static const char greeting[] = "hi there";
static const char *tail = greeting + 3;

struct Link { const char *name; struct Link *next; };
static struct Link c = { "c", NULL };
static struct Link b = { "b", &c };
static struct Link a = { "a", &b };

struct Config { const char *label; int (*fn)(int); const int *data; long size; };
static struct Config configs[] = { { "dbl", twice, values, sizeof values }, { "sq", square, values + 3, 8 } };

int main(void) {
    printf("middle %d ends %d %d indirect %d\n", *middle, *ends[0], *ends[1], **indirect);
    for (int i = 0; i < 2; i++) printf("transform %d -> %d\n", i, transforms[i](7));
    for (const char *const *p = colors; *p; p++) printf("%s ", *p);
    printf("\ntail '%s'\n", tail);
    for (struct Link *l = &a; l; l = l->next) printf("%s", l->name);
    printf("\n");
    for (int i = 0; i < 2; i++) printf("%s %d %d %ld\n", configs[i].label, configs[i].fn(configs[i].data[0]),
                                       configs[i].data[1], configs[i].size);
    return *middle;
}
