#pragma once

namespace haul {

/// Turns Nagle's algorithm off (TCP_NODELAY) on every connected TCP socket of this process that
/// still has it on, and returns how many it changed.
///
/// Why: Qt 6.4's HTTP/1 code leaves Nagle on (`QHttpNetworkConnectionChannel::_q_connected`
/// has the option commented out) and offers no way to reach its sockets. A request body is
/// written 16 KiB at a time, so the last piece of every PUT waits in the kernel for the
/// server's ACK of the earlier ones, which the server delays (40 ms on Linux): measured here,
/// one connection to s3rver sent 1000 files of 64 KiB in 44 s with Nagle on. curl, urllib3
/// (aws-cli), Go (rclone) and Node set TCP_NODELAY on their own sockets.
///
/// Every TCP socket of Haul is one of QNetworkAccessManager's, so this is called when a reply
/// has just opened a connection (S3Client). Linux reads /proc/self/fd; elsewhere nothing is
/// done (returns 0).
int disableNagleOnTcpSockets();

} // namespace haul
