// An LD_PRELOAD shim that plays a full disk for one kind of file: creating a file whose path ends
// with $TSUZUKI_ENOSPC_SUFFIX fails with ENOSPC (no space left on device); everything else goes to
// the C library. tst_clihardening runs tsuzuki-cli under it to make the sync lock file uncreatable.
#undef _FORTIFY_SOURCE
#include <cerrno>
#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>

namespace {

bool fullDiskFor(const char *path, int flags)
{
    const char *suffix = std::getenv("TSUZUKI_ENOSPC_SUFFIX");
    if (!(flags & O_CREAT) || !path || !suffix || !*suffix)
        return false;
    const std::size_t n = std::strlen(path);
    const std::size_t m = std::strlen(suffix);
    return n >= m && std::strcmp(path + n - m, suffix) == 0;
}

template<typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

using Open = int (*)(const char *, int, ...);
using OpenAt = int (*)(int, const char *, int, ...);

} // namespace

#define TSUZUKI_MODE(flags)                                                                        \
    mode_t mode = 0;                                                                               \
    if ((flags)&O_CREAT) {                                                                         \
        va_list args;                                                                              \
        va_start(args, flags);                                                                     \
        mode = mode_t(va_arg(args, int));                                                          \
        va_end(args);                                                                              \
    }

extern "C" {

int open(const char *path, int flags, ...)
{
    TSUZUKI_MODE(flags)
    if (fullDiskFor(path, flags)) {
        errno = ENOSPC;
        return -1;
    }
    return next<Open>("open")(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    TSUZUKI_MODE(flags)
    if (fullDiskFor(path, flags)) {
        errno = ENOSPC;
        return -1;
    }
    return next<Open>("open64")(path, flags, mode);
}

int openat(int dir, const char *path, int flags, ...)
{
    TSUZUKI_MODE(flags)
    if (fullDiskFor(path, flags)) {
        errno = ENOSPC;
        return -1;
    }
    return next<OpenAt>("openat")(dir, path, flags, mode);
}

int openat64(int dir, const char *path, int flags, ...)
{
    TSUZUKI_MODE(flags)
    if (fullDiskFor(path, flags)) {
        errno = ENOSPC;
        return -1;
    }
    return next<OpenAt>("openat64")(dir, path, flags, mode);
}

} // extern "C"
