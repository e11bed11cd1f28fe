#ifndef VIET_RESOURCES_H
#define VIET_RESOURCES_H
#include <stddef.h>

/// One file embedded at build time: its path relative to the package root, its bytes (UTF-8
/// for lexicons), and its length in bytes (without the terminating NUL that follows it).
typedef struct {
    const char *name;
    const unsigned char *data;
    size_t length;
} viet_resource;

/// All embedded files; `*count` receives their number. The storage is static and immutable.
const viet_resource *viet_resources(size_t *count);

#endif
