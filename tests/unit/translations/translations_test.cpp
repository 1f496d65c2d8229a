// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"
#include "project/ProjectTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

const QStringList kLanguages { u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s };

struct Problem {
    QString file;
    QString text;
};

// The placeholders of a message, sorted, so that a translation that drops
// or doubles one is seen whatever the word order.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(u"%L?\\d+|%n"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Reads a .ts file and lists what a translator still has to do: unfinished,
// vanished or obsolete messages, numerus messages with the wrong number of
// forms, and placeholders lost or added.
QList<Problem> problemsIn(const QString& path, int numerusForms)
{
    // English is the source language: its catalogue only supplies the
    // plural forms; other messages stay as written.
    const bool english = path.endsWith(u"_en.ts"_s);
    QList<Problem> problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { { path, u"cannot be read"_s } };
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    QStringList forms;
    QString translationType, translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                numerus = xml.attributes().value(u"numerus") == u"yes";
                forms.clear();
                translation.clear();
            } else if (name == u"source")
                source = xml.readElementText();
            else if (name == u"translation") {
                translationType = xml.attributes().value(u"type").toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == u"numerusform")
                forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            const QString where = context + u": \""_s + source.left(60) + u'"';
            if (english && !numerus)
                continue;
            if (!translationType.isEmpty()) {
                problems.append({ path, where + u" is "_s + translationType });
                continue;
            }
            const QStringList texts = numerus ? forms : QStringList { translation };
            if (numerus && forms.size() != numerusForms)
                problems.append({ path, where + u" has %1 plural forms, not %2"_s.arg(forms.size()).arg(numerusForms) });
            QStringList wanted = placeholders(source);
            if (numerus)
                wanted.removeAll(u"%n"_s);
            for (const QString& text : texts) {
                QStringList got = placeholders(text);
                if (numerus)
                    got.removeAll(u"%n"_s);
                if (text.trimmed().isEmpty() && !source.trimmed().isEmpty())
                    problems.append({ path, where + u" is empty"_s });
                else if (got != wanted)
                    problems.append({ path, where + u" has the placeholders "_s + got.join(u' ') });
            }
        }
    }
    if (xml.hasError())
        problems.append({ path, u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString()) });
    return problems;
}

} // namespace

// The .qm files are compiled into the core library and found for the
// user's locale or the language chosen in the settings; English plural
// forms come from the en translation.
class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageIsCompiledIn() { QCOMPARE(availableLanguages(), kLanguages); }

    void eachLanguageTranslates_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            if (language != u"en"_s)
                QTest::newRow(qPrintable(language)) << language;
    }
    void eachLanguageTranslates()
    {
        QFETCH(QString, language);
        // The setting wins over the locale the session has.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance(), language);
        QCOMPARE(QLocale().name().left(2), language);
        const QString completed = runStatusDisplayName(RunStatus::Completed);
        QVERIFY2(!completed.isEmpty() && completed != u"Completed"_s, qPrintable(completed));
        // A plural with two forms in English: each language has its own.
        const QString one = QCoreApplication::translate("Ismw::EnvironmentTableModel", "%n warning(s)", nullptr, 1);
        QVERIFY2(one.contains(u'1') && !one.contains(u"warning"_s), qPrintable(one));
        QLocale::setDefault(QLocale::c());
        installTranslations(*QCoreApplication::instance());
    }

    // The catalogues are complete for the sources as they are now: lupdate
    // (the update_translations target's options) into copies finds nothing
    // new, and nothing is left unfinished or obsolete.
    void cataloguesAreCompleteAndCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir sources(QStringLiteral(ISMW_SOURCE_DIR));
        QStringList copies;
        for (const QString& language : kLanguages) {
            const QString name = u"is-migration-wizard_%1.ts"_s.arg(language);
            const QString original = sources.filePath(u"translations/"_s + name);
            const QList<Problem> before = problemsIn(original, language == u"ja"_s ? 1 : 2);
            for (const Problem& problem : before)
                qWarning("%s: %s", qPrintable(problem.file), qPrintable(problem.text));
            QVERIFY2(before.isEmpty(), qPrintable(u"%1 problem(s) in %2"_s.arg(before.size()).arg(original)));
            QVERIFY(QFile::copy(original, dir.filePath(name)));
            copies << dir.filePath(name);
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ISMW_LUPDATE),
            QStringList { sources.filePath(u"app"_s), sources.filePath(u"ui"_s), u"-extensions"_s, u"cpp,h,ui"_s,
                u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s }
                + copies);
        QVERIFY(lupdate.waitForFinished(120'000));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
        for (const QString& copy : std::as_const(copies)) {
            const QList<Problem> after = problemsIn(copy, copy.endsWith(u"_ja.ts"_s) ? 1 : 2);
            for (const Problem& problem : after)
                qWarning("%s: %s", qPrintable(QFileInfo(problem.file).fileName()), qPrintable(problem.text));
            QVERIFY2(after.isEmpty(),
                qPrintable(u"%1: %2 message(s) not translated after lupdate; run the update_translations target "
                           "and translate them"_s.arg(QFileInfo(copy).fileName()).arg(after.size())));
        }
        // Nothing obsolete was dropped either: the counts lupdate reports.
        static const QRegularExpression removed(u"Removed (\\d+) obsolete"_s);
        QVERIFY2(!removed.match(output).hasMatch(), qPrintable(output));
    }

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
