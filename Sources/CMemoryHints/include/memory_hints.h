// Hints to the memory system that Swift cannot spell. A hash probe whose slot is cold
// waits on L2 or RAM; a loop that knows the keys of the next tokens asks for their slots
// a few tokens ahead, so the waits overlap instead of adding up.
#ifndef MEMORY_HINTS_H
#define MEMORY_HINTS_H

/// Starts loading the cache line holding `address` for a read soon. It never faults, so
/// any address will do, and it changes nothing a program can observe but its speed.
static inline __attribute__((always_inline)) void memory_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
