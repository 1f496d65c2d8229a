// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ismw {

void installTranslations(QCoreApplication& app)
{
    // Called again for another locale, it replaces what it installed before:
    // a stale translator would answer every message the new one lacks.
    const QString name = u"ismw-translator"_s;
    for (QTranslator* old : app.findChildren<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto* own = new QTranslator(&app);
    own->setObjectName(name);
    // English is a translation too (its plural forms: "1 warning", not
    // "1 warning(s)"), so it is the fallback for the C locale and for
    // languages we do not have.
    if (own->load(QLocale(), u"is-migration-wizard"_s, u"_"_s, u":/i18n"_s)
        || own->load(u"is-migration-wizard_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    qt->setObjectName(name);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Ismw
