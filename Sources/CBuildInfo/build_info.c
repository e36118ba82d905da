#include "build_info.h"

// Set by scripts/release.sh (swift build -Xcc -DRAAD_COMMIT=\"<hash>\"); a C macro is the one way a
// SwiftPM build can take a value from the command line.
#ifndef RAAD_COMMIT
#define RAAD_COMMIT "dev"
#endif

const char *raad_build_commit(void) { return RAAD_COMMIT; }
