/* A chained hash table with string keys: insert, update, lookup, delete, resize. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Entry { char *key; int value; struct Entry *next; };
struct Table { struct Entry **buckets; size_t size, count; };

static unsigned long hash(const char *s) { unsigned long h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }

static void resize(struct Table *t, size_t size) {
    struct Entry **b = calloc(size, sizeof *b);
    for (size_t i = 0; i < t->size; i++)
        for (struct Entry *e = t->buckets[i], *next; e; e = next) {
            next = e->next;
            size_t k = hash(e->key) % size;
            e->next = b[k]; b[k] = e;
        }
    free(t->buckets);
    t->buckets = b; t->size = size;
}

static void put(struct Table *t, const char *key, int value) {
    if (t->count * 4 >= t->size * 3) resize(t, t->size * 2);
    size_t k = hash(key) % t->size;
    for (struct Entry *e = t->buckets[k]; e; e = e->next) if (!strcmp(e->key, key)) { e->value = value; return; }
    struct Entry *e = malloc(sizeof *e);
    e->key = strdup(key); e->value = value; e->next = t->buckets[k]; t->buckets[k] = e; t->count++;
}

static int *get(struct Table *t, const char *key) {
    for (struct Entry *e = t->buckets[hash(key) % t->size]; e; e = e->next) if (!strcmp(e->key, key)) return &e->value;
    return NULL;
}

static int del(struct Table *t, const char *key) {
    for (struct Entry **l = &t->buckets[hash(key) % t->size]; *l; l = &(*l)->next)
        if (!strcmp((*l)->key, key)) { struct Entry *d = *l; *l = d->next; free(d->key); free(d); t->count--; return 1; }
    return 0;
}

int main(void) {
    struct Table t = { calloc(4, sizeof(struct Entry *)), 4, 0 };
    char key[16];
    for (int i = 0; i < 500; i++) { sprintf(key, "k%d", i * 7); put(&t, key, i); }
    for (int i = 0; i < 500; i += 50) { sprintf(key, "k%d", i * 7); put(&t, key, -i); }
    int removed = 0;
    for (int i = 0; i < 500; i += 3) { sprintf(key, "k%d", i * 7); removed += del(&t, key); }
    long sum = 0; int hits = 0;
    for (int i = 0; i < 3500; i++) { sprintf(key, "k%d", i); int *v = get(&t, key); if (v) { hits++; sum += *v; } }
    printf("size %zu count %zu removed %d hits %d sum %ld\n", t.size, t.count, removed, hits, sum);
    for (size_t i = 0; i < t.size; i++)
        for (struct Entry *e = t.buckets[i], *n; e; e = n) { n = e->next; free(e->key); free(e); }
    free(t.buckets);
    return (int)(t.count % 256);
}
