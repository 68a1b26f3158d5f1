/* Static local variables keep their value across calls; each function has its own. */
#include <stdio.h>

static int next_id(void) { static int id = 100; return id++; }
static int calls(void) { static int count; return ++count; }
static const char *cycle(void) {
    static const char *const names[] = { "red", "green", "blue" };
    static unsigned i;
    return names[i++ % 3];
}
static double running_mean(double x) {
    static double sum; static int n;
    sum += x; n++;
    return sum / n;
}

int main(void) {
    for (int i = 0; i < 3; i++) printf("id %d ", next_id());
    printf("\n");
    for (int i = 0; i < 4; i++) calls();
    printf("calls %d\n", calls());
    for (int i = 0; i < 5; i++) printf("%s ", cycle());
    printf("\n");
    double m = 0;
    for (int i = 1; i <= 10; i++) m = running_mean(i * 1.5);
    printf("mean %.3f\n", m);
    return next_id() - 100;
}
