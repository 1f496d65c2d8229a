// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Ismw {

// The contract with scripts and CI; the same for every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1, // warnings, differences, findings or failed checks
    ExitUsage = 2, // bad input or usage; the message on stderr names what and where
    ExitIoFailure = 3, // a database or I/O failure
    // A long run (cleanup) stopped by a signal it handled: the work in flight
    // was cancelled on the server. 128 + the signal's number, as shells report
    // a process the signal killed, so a script sees the same code either way.
    ExitInterrupted = 130, // SIGINT (Ctrl+C)
    ExitTerminated = 143, // SIGTERM
};

} // namespace Ismw
