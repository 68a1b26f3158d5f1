/* malloc/calloc/realloc/free: a singly linked list built, reversed, filtered and freed, and a growing array. */
#include <stdio.h>
#include <stdlib.h>

struct Node { int value; struct Node *next; };

static struct Node *push(struct Node *head, int v) {
    struct Node *n = malloc(sizeof *n);
    n->value = v; n->next = head;
    return n;
}

static struct Node *reverse(struct Node *head) {
    struct Node *prev = NULL;
    while (head) { struct Node *next = head->next; head->next = prev; prev = head; head = next; }
    return prev;
}

static struct Node *remove_multiples(struct Node *head, int k) {
    struct Node **link = &head;
    while (*link) {
        if ((*link)->value % k == 0) { struct Node *dead = *link; *link = dead->next; free(dead); }
        else link = &(*link)->next;
    }
    return head;
}

int main(void) {
    struct Node *list = NULL;
    for (int i = 1; i <= 30; i++) list = push(list, i * i);
    list = reverse(list);
    list = remove_multiples(list, 3);
    int count = 0; long sum = 0;
    for (struct Node *n = list; n; n = n->next) { count++; sum += n->value; if (count <= 5) printf("%d ", n->value); }
    printf("\ncount %d sum %ld\n", count, sum);
    while (list) { struct Node *next = list->next; free(list); list = next; }
    int *zeros = calloc(100, sizeof *zeros);
    int nonzero = 0;
    for (int i = 0; i < 100; i++) nonzero += zeros[i] != 0;
    printf("calloc nonzero %d\n", nonzero);
    size_t cap = 1, len = 0;
    long *grow = malloc(cap * sizeof *grow);
    for (long i = 0; i < 1000; i++) {
        if (len == cap) { cap *= 2; grow = realloc(grow, cap * sizeof *grow); }
        grow[len++] = i * 3;
    }
    printf("realloc len %zu cap %zu last %ld\n", len, cap, grow[len - 1]);
    free(grow);
    free(zeros);
    return count;
}
