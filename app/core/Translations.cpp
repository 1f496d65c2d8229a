// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
const QString kCatalogue = u"is-migration-wizard"_s;
const QString kCatalogueFolder = u":/i18n"_s;
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    // Called again for another locale, it replaces what it installed before:
    // a stale translator would answer every message the new one lacks.
    const QString name = u"ismw-translator"_s;
    for (QTranslator* old : app.findChildren<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // A chosen language also becomes the locale of Qt's own texts and of the
    // dialogs' number and date formats, so that a window does not mix two.
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto* own = new QTranslator(&app);
    own->setObjectName(name);
    // English is a translation too (its plural forms: "1 warning", not
    // "1 warning(s)"), so it is the fallback for the C locale and for
    // languages we do not have.
    if (own->load(locale, kCatalogue, u"_"_s, kCatalogueFolder) || own->load(kCatalogue + u"_en"_s, kCatalogueFolder))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    qt->setObjectName(name);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QString prefix = kCatalogue + u'_';
    for (const QString& file : QDir(kCatalogueFolder).entryList({ prefix + u"*.qm"_s }, QDir::Files, QDir::Name))
        languages << file.mid(prefix.size()).chopped(3);
    return languages;
}

} // namespace Ismw
