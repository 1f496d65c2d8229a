// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"

#include <QString>
#include <atomic>
#include <expected>

namespace Ismw {

// What the project records of an evidence file: its absolute path, size and
// SHA-256, stamped now (UTC). Streams the file in 1 MiB blocks, so a large
// HAR file or load-test report costs no memory; blocking I/O for a worker
// thread (QtConcurrent::run from the page). `cancel` is checked between
// blocks.
std::expected<EvidenceFile, QString> hashEvidenceFile(
    const QString& path, const std::atomic_bool* cancel = nullptr);

} // namespace Ismw
