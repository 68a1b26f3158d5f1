/* A binary search tree: insertion, in-order traversal, height, deletion and freeing, all recursive. */
#include <stdio.h>
#include <stdlib.h>

struct Tree { int key; struct Tree *left, *right; };

static struct Tree *insert(struct Tree *t, int key) {
    if (!t) { t = calloc(1, sizeof *t); t->key = key; return t; }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    return t;
}

static int height(const struct Tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static void inorder(const struct Tree *t, int *out, int *n) {
    if (!t) return;
    inorder(t->left, out, n);
    out[(*n)++] = t->key;
    inorder(t->right, out, n);
}

static struct Tree *delete_min(struct Tree *t, int *min) {
    if (!t->left) { struct Tree *r = t->right; *min = t->key; free(t); return r; }
    t->left = delete_min(t->left, min);
    return t;
}

static void destroy(struct Tree *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }

int main(void) {
    struct Tree *root = NULL;
    unsigned s = 7;
    for (int i = 0; i < 200; i++) { s = s * 1664525u + 1013904223u; root = insert(root, (int)(s >> 20)); }
    int keys[256], n = 0;
    inorder(root, keys, &n);
    printf("nodes %d height %d first %d last %d\n", n, height(root), keys[0], keys[n - 1]);
    int sorted = 1;
    for (int i = 1; i < n; i++) sorted &= keys[i - 1] < keys[i];
    int min1, min2;
    root = delete_min(root, &min1);
    root = delete_min(root, &min2);
    printf("sorted %d, removed %d and %d\n", sorted, min1, min2);
    destroy(root);
    return height(NULL) + sorted;
}
