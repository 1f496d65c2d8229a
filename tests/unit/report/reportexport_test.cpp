// SPDX-License-Identifier: Apache-2.0
// exportReport as the report page calls it: on a worker thread, all or
// nothing. Signing and verification against the openssl CLI are covered by
// reportsigner_test and cli_report_test.
#include "SampleReportProject.h"
#include "report/ReportExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace Ismw;

class ReportExportTest : public QObject
{
    Q_OBJECT

private:
    ReportData m_report;

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s);
        QVERIFY(report);
        m_report = *report;
    }

    void exportsOnAWorkerThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ReportExportRequest request { dir.filePath(u"r.pdf"_s), dir.filePath(u"r.html"_s),
            dir.filePath(u"r.json"_s), {}, {} };
        auto future
            = QtConcurrent::run([report = m_report, request] { return exportReport(report, request); });
        future.waitForFinished();
        const auto result = future.result();
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->files,
            (QStringList { dir.filePath(u"r.pdf"_s), dir.filePath(u"r.html"_s), dir.filePath(u"r.json"_s) }));
        QCOMPARE(result->manifestPath, dir.filePath(u"r.pdf.sha256"_s));
        QVERIFY(result->signaturePaths.isEmpty());
        QVERIFY(!result->signer);
        QCOMPARE(entries(dir.path()).size(), 4);
        const auto check = verifyManifest(result->manifestPath);
        QVERIFY(check);
        QCOMPARE(check->checked, (QStringList { u"r.pdf"_s, u"r.html"_s, u"r.json"_s }));
        QVERIFY(check->ok());
        // The HTML names the real files in its appendix.
        QFile html(dir.filePath(u"r.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("sha256sum -c r.pdf.sha256"));
    }

    void aFailedSigningLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString notPkcs12 = dir.filePath(u"cert.p12"_s);
        {
            QFile file(notPkcs12);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a PKCS#12 file\n");
        }
        const auto result = exportReportDetailed(
            m_report, { dir.filePath(u"r.pdf"_s), dir.filePath(u"r.html"_s), {}, notPkcs12, "secret" });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ReportExportError::Kind::Signing);
        QCOMPARE(result.error().signing, SigningError::Kind::NotPkcs12);
        QVERIFY(result.error().message.contains(u"cert.p12"_s));
        QCOMPARE(entries(dir.path()), QStringList { u"cert.p12"_s });
    }

    void oneNameForTwoFilesIsRefused()
    {
        QTemporaryDir dir;
        const auto result = exportReportDetailed(
            m_report, { dir.filePath(u"r.pdf"_s), dir.filePath(u"r.pdf.sha256"_s), {}, {}, {} });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ReportExportError::Kind::Usage);
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void aMissingFolderIsAnIoError()
    {
        QTemporaryDir dir;
        const auto result = exportReportDetailed(
            m_report, { dir.filePath(u"r.pdf"_s), dir.filePath(u"gone/r.json"_s), {}, {}, {} });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ReportExportError::Kind::Io);
        QVERIFY(result.error().message.contains(dir.filePath(u"gone"_s)));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void verifyingWithoutSignatureSaysWhichFileIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(exportReport(m_report, { dir.filePath(u"r.pdf"_s), {}, {}, {}, {} }));
        const auto verification = verifyReport(dir.filePath(u"r.pdf"_s), {}, {});
        QVERIFY(!verification);
        QVERIFY(verification.error().contains(dir.filePath(u"r.pdf.p7s"_s)));
    }
};

QTEST_MAIN(ReportExportTest)
#include "reportexport_test.moc"
