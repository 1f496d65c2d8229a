// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Ismw {

// Installs the translations: ours (compiled into the core library under
// :/i18n) and Qt's own. With an empty language they follow the user's locale
// (LANGUAGE, LC_MESSAGES, LANG); otherwise `language` ("de", "ja", ...) is
// used, as chosen in the wizard's settings. The wizard and the CLI call it.
void installTranslations(QCoreApplication& app, const QString& language = {});

// The languages the application is translated into ("de", "en", ...), from
// the compiled-in catalogues, sorted.
QStringList availableLanguages();

} // namespace Ismw
