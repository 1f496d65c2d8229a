// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"
#include "project/ProjectTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

// The .qm files are compiled into the core library and found for the
// user's locale; English plural forms come from the en translation.
class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsLoadedForAGermanLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance());
        const QString production = tierDisplayName(Tier::Production);
        QVERIFY(!production.isEmpty());
        QVERIFY2(production != u"Production"_s, qPrintable(production));
        QVERIFY(runStatusDisplayName(RunStatus::Completed) != u"Completed"_s);
    }

    void englishPluralsAreProper()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("Ismw::EnvironmentTableModel", "%n warning(s)", nullptr, 1), u"1 warning"_s);
        QCOMPARE(QCoreApplication::translate("Ismw::EnvironmentTableModel", "%n warning(s)", nullptr, 3), u"3 warnings"_s);
        QCOMPARE(tierDisplayName(Tier::Production), u"Production"_s);
    }

    void englishIsTheFallback_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("a language we lack") << QLocale(QLocale::Finnish, QLocale::Finland);
    }
    void englishIsTheFallback()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("Ismw::EnvironmentTableModel", "%n warning(s)", nullptr, 1), u"1 warning"_s);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
