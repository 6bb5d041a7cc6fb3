/* A busy loop for Scripts/bench/run: integer work in registers only (no memory traffic), so
 * that one copy alone against two side by side shows what two cores of this host give two
 * CPU-bound processes, whatever the program. Usage: busy ITERATIONS */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    uint64_t n = argc > 1 ? strtoull(argv[1], NULL, 10) : 500000000ULL;
    uint64_t a = 1, b = 2, c = 3, d = 4, e = 5, f = 6;
    for (uint64_t i = 0; i < n; i++) {
        a += i; b ^= a; c += b >> 1; d ^= c; e += d << 1; f ^= e;
        __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d), "+r"(e), "+r"(f));
    }
    printf("%llu\n", (unsigned long long)(a ^ b ^ c ^ d ^ e ^ f));
    return 0;
}
