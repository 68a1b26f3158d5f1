/* bench_timer.h: times a benchmark kernel and reports it on stderr for bench/run.sh.
 * The report line is "bench: kernel wall_s=W cpu_s=C": W from CLOCK_MONOTONIC, C from
 * CLOCK_THREAD_CPUTIME_ID (the CPU time of the thread that runs the kernel, which is the figure
 * least disturbed by other processes on a loaded machine and by the JVM's own threads). Only the
 * kernel is timed: start-up, compilation and output are outside. */
#ifndef BENCH_TIMER_H
#define BENCH_TIMER_H
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
    struct timespec wall;
    struct timespec cpu;
} bench_timer;

static void bench_start(bench_timer *t) {
    clock_gettime(CLOCK_MONOTONIC, &t->wall);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t->cpu);
}

static double bench_seconds(const struct timespec *a, const struct timespec *b) {
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) * 1e-9;
}

static void bench_stop(const bench_timer *t) {
    struct timespec wall, cpu;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    clock_gettime(CLOCK_MONOTONIC, &wall);
    fprintf(stderr, "bench: kernel wall_s=%.6f cpu_s=%.6f\n", bench_seconds(&t->wall, &wall),
            bench_seconds(&t->cpu, &cpu));
}

/* The scale argument: argv[1] when given (bench/run.sh --quick passes a smaller one), else the default. */
static long bench_scale(int argc, char **argv, long default_scale) {
    if (argc > 1) {
        long scale = atol(argv[1]);
        if (scale > 0) {
            return scale;
        }
    }
    return default_scale;
}
#endif
