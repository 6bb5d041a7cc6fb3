// The hints are inline functions in the header; this file gives the target a source.
#include "memory_hints.h"
