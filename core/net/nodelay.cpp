#include "nodelay.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cstdlib>

#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace haul {

int disableNagleOnTcpSockets()
{
    int changed = 0;
#ifdef Q_OS_LINUX
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return 0;
    const int own = dirfd(dir);
    while (const dirent *entry = readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        // A descriptor closed and reused meanwhile is at worst another socket of QNAM's, or
        // not a socket (ENOTSOCK): both harmless.
        int type = 0;
        socklen_t length = sizeof type;
        if (getsockopt(int(fd), SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
            continue;
        sockaddr_storage address{};
        length = sizeof address;
        if (getpeername(int(fd), reinterpret_cast<sockaddr *>(&address), &length) != 0 // connected ones
            || (address.ss_family != AF_INET && address.ss_family != AF_INET6))
            continue;
        int noDelay = 0;
        length = sizeof noDelay;
        if (getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &noDelay, &length) != 0 || noDelay)
            continue;
        noDelay = 1;
        if (setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay) == 0)
            ++changed;
    }
    closedir(dir);
#endif
    return changed;
}

} // namespace haul
