#pragma once
// For tests of what happens when a file cannot be written: lowers this process's file-size limit
// (RLIMIT_FSIZE), so that a write beyond it fails with EFBIG — as one fails with ENOSPC on a
// full disk — without root or a full file system.

#include <csignal>

#include <sys/resource.h>

namespace haul::test {

/// While it lives, every write past `bytes` into any file fails (EFBIG; SIGXFSZ is ignored
/// meanwhile). The old limit and signal handler come back when it goes.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit lower = m_old;
        lower.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lower);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace haul::test
