#ifndef RAAD_BUILD_INFO_H
#define RAAD_BUILD_INFO_H

/// The commit raad was built from, as scripts/release.sh wrote it into release_commit.h; other builds say "dev".
const char *raad_build_commit(void);

#endif
