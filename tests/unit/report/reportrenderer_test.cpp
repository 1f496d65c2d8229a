// SPDX-License-Identifier: Apache-2.0
#include "SampleReportProject.h"
#include "report/ReportData.h"
#include "report/ReportRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

class ReportRendererTest : public QObject
{
    Q_OBJECT

private:
    ReportData m_report;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s,
            { 0, QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::UTC), u"9.9.9"_s });
        QVERIFY(report);
        m_report = *report;
    }

    void jsonHasTheSchemaAndEverySection()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(renderReportJson(m_report), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.value(u"schema"_s).toString(), u"ismw-report"_s);
        QCOMPARE(root.value(u"schemaVersion"_s).toInt(), 1);
        QCOMPARE(root.value(u"generatedAt"_s).toString(), u"2026-11-25T10:00:00.000Z"_s);
        for (const QString& key :
            { u"project"_s, u"environment"_s, u"run"_s, u"otherRuns"_s, u"verdict"_s, u"acknowledgements"_s,
                u"checks"_s, u"automaticChecks"_s, u"configDecisions"_s, u"cleanupRuns"_s,
                u"productionEstimate"_s, u"checklist"_s, u"logScan"_s, u"journal"_s, u"verification"_s })
            QVERIFY2(root.contains(key), qPrintable(key));
        QCOMPARE(root[u"environment"_s][u"name"_s].toString(), u"pre-prod"_s);
        QCOMPARE(root[u"environment"_s][u"tier"_s].toString(), u"pre-prod"_s);
        QCOMPARE(root[u"verdict"_s][u"result"_s].toString(), u"not-ready"_s);
        QCOMPARE(root[u"verdict"_s][u"reasons"_s].toArray().size(), m_report.reasons.size());
        // Unknown is null, not an empty string or 0.
        QVERIFY(root[u"run"_s][u"finishedAt"_s].isNull());
        const QJsonArray cleanups = root.value(u"cleanupRuns"_s).toArray();
        QCOMPARE(cleanups.size(), 2);
        QVERIFY(cleanups[1][u"rowsAfter"_s].isNull());
        QVERIFY(cleanups[0][u"eligibleRows"_s].isDouble());
        QCOMPARE(cleanups[0][u"eligibleRows"_s].toInteger(), 48'000'000);
        QCOMPARE(root[u"checklist"_s][u"counts"_s][u"failed"_s].toInt(), 1);
        QCOMPARE(root[u"checklist"_s][u"counts"_s][u"total"_s].toInt(), 3);
        QCOMPARE(root[u"checklist"_s][u"items"_s][0][u"evidence"_s][0][u"sha256"_s].toString().size(), 64);
        QCOMPARE(root[u"automaticChecks"_s][0][u"data"_s][u"httpStatus"_s].toInt(), 200);
        QCOMPARE(root[u"logScan"_s][u"groups"_s].toArray().size(), 1);
        QCOMPARE(root[u"journal"_s][u"intact"_s].toBool(), true);
        QCOMPARE(root[u"journal"_s][u"entries"_s].toArray().size(), 2);
        QCOMPARE(root[u"journal"_s][u"entries"_s][0][u"hash"_s].toString().size(), 64);
        QVERIFY(root[u"productionEstimate"_s][u"lines"_s].toArray().size() >= 1);
        QVERIFY(root[u"verification"_s][u"commands"_s].toArray().size() == 3);
    }

    void htmlIsEscapedAndComplete()
    {
        const QString html = renderReportHtml(m_report);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"Login &lt;script&gt;alert(1)&lt;/script&gt; works"_s));
        QVERIFY(html.contains(u"Not ready"_s));
        QVERIFY(html.contains(u"Rollback guidance"_s));
        QVERIFY(html.contains(u"5.11.0"_s) && html.contains(u"7.1.0"_s));
        QVERIFY(html.contains(u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s));
        QVERIFY(html.contains(u"org.wso2.Auth"_s));
        QVERIFY(html.contains(u"openssl cms -verify"_s));
        QVERIFY(html.contains(u"sha256sum -c report.pdf.sha256"_s));
        // No external resources: the document stands on its own.
        QVERIFY(!html.contains(u"src="_s));
        QVERIFY(!html.contains(u"href="_s));
        // The summary comes before every section.
        QVERIFY(html.indexOf(u"Verdict"_s) < html.indexOf(u"<h2>"_s));
    }

    void readyReportHasNoRollbackBox()
    {
        ReportData ready = m_report;
        ready.verdict = ReportVerdict::Ready;
        ready.reasons.clear();
        ready.rollbackGuidance.clear();
        const QString html = renderReportHtml(ready);
        QVERIFY(!html.contains(u"Rollback guidance"_s));
        QVERIFY(html.contains(u"Verdict: Ready"_s));
    }

    void appendixNamesTheRealFiles()
    {
        ReportData named = m_report;
        named.files = { u"acme.pdf"_s, u"acme.html"_s, {}, u"acme.pdf.sha256"_s, u"acme.pdf.p7s"_s,
            u"acme.pdf.sha256.p7s"_s, true };
        const QStringList commands = reportVerificationCommands(named.files);
        QCOMPARE(commands.size(), 3);
        QVERIFY(commands[0].contains(u"-in acme.pdf.p7s -content acme.pdf"_s));
        QVERIFY(commands[1].contains(u"-in acme.pdf.sha256.p7s -content acme.pdf.sha256"_s));
        QCOMPARE(commands[2], u"sha256sum -c acme.pdf.sha256"_s);
        const QString html = renderReportHtml(named);
        for (const QString& command : commands)
            QVERIFY2(html.contains(command.toHtmlEscaped()), qPrintable(command));
    }

    void pdfHasTheVerdictAndTheEnvironment()
    {
        const auto pdf = renderReportPdf(m_report);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error()));
        QVERIFY(pdf->startsWith("%PDF"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"report.pdf"_s);
        const auto written = writeReportPdf(m_report, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
        QVERIFY(pdftotext.waitForFinished(60'000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"Verdict: Not ready"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"pre-prod"_s));
        QVERIFY(text.contains(u"Password reset mail"_s));
        QVERIFY(text.contains(u"cannot contain its own hash"_s));
        QVERIFY(!text.contains(QString::fromUtf16(Test::kSecret)));

        QProcess info;
        info.start(u"pdfinfo"_s, { path });
        QVERIFY(info.waitForFinished(60'000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(meta.contains(u"Migration report: pre-prod"_s), qPrintable(meta));
        QVERIFY(meta.contains(u"IS Migration Wizard 9.9.9"_s));
        QVERIFY(meta.contains(u"A4"_s));
    }

    void pdfToAMissingFolderFailsClearly()
    {
        const auto written = writeReportPdf(m_report, u"/nonexistent-folder/report.pdf"_s);
        QVERIFY(!written);
        QVERIFY(written.error().contains(u"/nonexistent-folder/report.pdf"_s));
    }
};

QTEST_MAIN(ReportRendererTest)
#include "reportrenderer_test.moc"
