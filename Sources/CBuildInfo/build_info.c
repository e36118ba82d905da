#include "build_info.h"

// scripts/release.sh writes release_commit.h (git ignores it) before it builds, and removes it after: a
// file only this target reads, so a new commit recompiles one C file, not every target as a -Xcc define
// would.
#if __has_include("release_commit.h")
#include "release_commit.h"
#endif
#ifndef RAAD_COMMIT
#define RAAD_COMMIT "dev"
#endif

const char *raad_build_commit(void) { return RAAD_COMMIT; }
