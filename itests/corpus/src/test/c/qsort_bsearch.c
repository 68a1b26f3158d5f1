/* qsort and bsearch from libc calling comparators compiled from this program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Person { char name[12]; int age; };

static int compare_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int compare_desc(const void *a, const void *b) { return compare_int(b, a); }
static int compare_person(const void *a, const void *b) {
    const struct Person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}
static int compare_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
    int v[20];
    unsigned s = 12345;
    for (int i = 0; i < 20; i++) { s = s * 1103515245u + 12345u; v[i] = (int)(s >> 16) % 1000 - 500; }
    qsort(v, 20, sizeof v[0], compare_int);
    for (int i = 0; i < 20; i++) printf("%d ", v[i]);
    printf("\n");
    int key = v[13];
    int *hit = bsearch(&key, v, 20, sizeof v[0], compare_int);
    printf("found %d at %td\n", key, hit ? hit - v : -1);
    int missing = 10000;
    printf("missing found: %s\n", bsearch(&missing, v, 20, sizeof v[0], compare_int) ? "yes" : "no");
    qsort(v, 20, sizeof v[0], compare_desc);
    printf("max %d min %d\n", v[0], v[19]);
    struct Person people[] = { { "dora", 31 }, { "al", 25 }, { "cy", 31 }, { "bo", 19 } };
    qsort(people, 4, sizeof people[0], compare_person);
    for (int i = 0; i < 4; i++) printf("%s:%d ", people[i].name, people[i].age);
    printf("\n");
    const char *words[] = { "pear", "apple", "fig", "kiwi", "banana" };
    qsort(words, 5, sizeof words[0], compare_str);
    for (int i = 0; i < 5; i++) printf("%s ", words[i]);
    printf("\n");
    return hit ? (int)(hit - v) : 99;
}
