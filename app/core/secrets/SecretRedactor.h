// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace Ismw {

// What stands in for a secret wherever the wizard writes or shows text.
inline constexpr QStringView kSecretMask = u"••••••";

// True for configuration keys whose values are secrets: password,
// key_password, app_password, client_secret, secret, hash, … (the last part
// of a dotted path decides).
bool isSecretKey(QStringView key);

// Masks secret values in free text before it reaches a file, a log or a
// report: `key = "value"` / `key: value` / `key=value` pairs with a secret key,
// `$secret{alias}` references and the values of a TOML `[secrets]` table.
// Idempotent, and text without secrets passes through unchanged.
QString redactSecrets(const QString& text);

} // namespace Ismw
