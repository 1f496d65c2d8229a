// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Ismw {

// The contract with scripts and CI; the same for every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1, // warnings, differences, findings or failed checks
    ExitUsage = 2, // bad input or usage; the message on stderr names what and where
    ExitIoFailure = 3, // a database or I/O failure
};

} // namespace Ismw
