/* Threads that execute the same code, for Scripts/bench/run: each thread makes CALLS calls,
 * in a random order, through a table of the first FUNCTIONS of 4,096 small functions. All
 * 4,096 span about 470 kB, far more than a core's instruction cache (claimline's hot code is
 * of that order); 16 fit in it. One thread alone against two side by side shows what two
 * cores of this host give two threads running the same code pages, whatever the program.
 * Usage: shared_code THREADS FUNCTIONS CALLS   (FUNCTIONS a power of two up to 4096) */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Function n, numbered 1000 to 8777 (octal digits after the first, so 4,096 in all). */
#define DEFINE(n)                                                                        \
    __attribute__((noinline)) static uint64_t f##n(uint64_t x) {                         \
        x ^= x >> (1 + n % 13);                                                          \
        x *= 2 * (uint64_t)n + 1;                                                        \
        if (x & (1u << (n % 7))) x ^= 7 * (uint64_t)n; else x += 3 * (uint64_t)n;        \
        return x ^ (x << (1 + n % 5));                                                   \
    }
#define ADDRESS(n) f##n,
#define E8(M, a) M(a##0) M(a##1) M(a##2) M(a##3) M(a##4) M(a##5) M(a##6) M(a##7)
#define E64(M, a) E8(M, a##0) E8(M, a##1) E8(M, a##2) E8(M, a##3) E8(M, a##4) E8(M, a##5) E8(M, a##6) E8(M, a##7)
#define E512(M, a) E64(M, a##0) E64(M, a##1) E64(M, a##2) E64(M, a##3) E64(M, a##4) E64(M, a##5) E64(M, a##6) E64(M, a##7)
#define E4096(M) E512(M, 1) E512(M, 2) E512(M, 3) E512(M, 4) E512(M, 5) E512(M, 6) E512(M, 7) E512(M, 8)

E4096(DEFINE)
static uint64_t (*const table[4096])(uint64_t) = {E4096(ADDRESS)};

static uint64_t mask, calls;

static void *run(void *result) {
    uint64_t x = 1, s = 88172645463325252ULL;
    for (uint64_t i = 0; i < calls; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        x = table[s & mask](x);
    }
    *(uint64_t *)result = x;
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 1;
    uint64_t functions = argc > 2 ? strtoull(argv[2], NULL, 10) : 4096;
    calls = argc > 3 ? strtoull(argv[3], NULL, 10) : 30000000ULL;
    if (threads < 1 || threads > 64 || functions < 1 || functions > 4096 || (functions & (functions - 1))) {
        fprintf(stderr, "usage: shared_code THREADS(1-64) FUNCTIONS(power of two, <= 4096) CALLS\n");
        return 2;
    }
    mask = functions - 1;
    pthread_t ids[64];
    uint64_t results[64], all = 0;
    for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, run, &results[t]);
    for (int t = 0; t < threads; t++) { pthread_join(ids[t], NULL); all ^= results[t]; }
    printf("%llu\n", (unsigned long long)all);
    return 0;
}
