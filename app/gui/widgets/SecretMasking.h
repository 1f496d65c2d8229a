// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigTypes.h"
#include "config/TomlDocument.h"

#include <QByteArray>
#include <QString>

#include <expected>

namespace Ismw {

// The text of `document` with every secret value (see isSecretValue: secret
// keys, $secret{} references, the [secrets] table) replaced by the quoted
// mask. It stays TOML and keeps every line where it was, so it can be shown
// aligned, highlighted, and edited.
QString maskedTomlText(const TomlDocument& document);

// The inverse for text edited in its masked form: every value that still
// reads as the mask gets back the value its key has in `original` (the
// document the masked text was made from). `maskedDocument` is `maskedText`
// parsed. A masked value whose key `original` lacks (a key renamed or
// written by hand) is an error naming its line: the real value cannot be
// known, so it must be revealed and typed.
std::expected<QByteArray, ConfigError> unmaskedTomlText(
    const QByteArray& maskedText, const TomlDocument& maskedDocument, const TomlDocument& original);

// The quoted mask as it stands in masked text: "••••••".
QString quotedSecretMask();

} // namespace Ismw
