#ifndef RAAD_BUILD_INFO_H
#define RAAD_BUILD_INFO_H

/// The commit raad was built from: scripts/release.sh passes it as -DRAAD_COMMIT="…"; other builds say "dev".
const char *raad_build_commit(void);

#endif
