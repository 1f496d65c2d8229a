// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;

namespace Ismw {

// Installs the translations for the user's locale: ours (compiled into the
// core library under :/i18n) and Qt's own. The wizard and the CLI both call it.
void installTranslations(QCoreApplication& app);

} // namespace Ismw
