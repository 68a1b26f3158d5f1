/* Merge sort of a linked list of records allocated in one block, stable by key, with pointer-to-pointer splicing. */
#include <stdio.h>
#include <stdlib.h>

struct Item { int key; int seq; struct Item *next; };

static struct Item *merge(struct Item *a, struct Item *b) {
    struct Item head = { 0, 0, NULL }, *tail = &head;
    while (a && b) {
        struct Item **take = a->key <= b->key ? &a : &b;
        tail->next = *take; tail = *take; *take = (*take)->next;
    }
    tail->next = a ? a : b;
    return head.next;
}

static struct Item *sort(struct Item *list) {
    if (!list || !list->next) return list;
    struct Item *slow = list, *fast = list->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct Item *second = slow->next;
    slow->next = NULL;
    return merge(sort(list), sort(second));
}

int main(void) {
    enum { N = 500 };
    struct Item *items = malloc(N * sizeof *items);
    for (int i = 0; i < N; i++) { items[i].key = (i * 7919) % 97; items[i].seq = i; items[i].next = i + 1 < N ? &items[i + 1] : NULL; }
    struct Item *list = sort(items);
    int stable = 1, ordered = 1, count = 0;
    for (struct Item *p = list; p && p->next; p = p->next) {
        ordered &= p->key <= p->next->key;
        if (p->key == p->next->key) stable &= p->seq < p->next->seq;
        count++;
    }
    printf("ordered %d stable %d links %d first key %d seq %d\n", ordered, stable, count, list->key, list->seq);
    free(items);
    return ordered + stable;
}
