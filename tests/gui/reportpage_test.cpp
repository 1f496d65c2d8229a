// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "ReportPage.h"
#include "TestPki.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Ismw;
using namespace Qt::StringLiterals;

class ReportPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pki;

    struct Fixture {
        MigrationProject project;
        MigrationWizard wizard { &project };
        ReportPage* page = nullptr;
    };
    bool setUp(Fixture& f, const QString& name, ChecklistStatus caseStatus)
    {
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        f.project.createProject(m_dir.filePath(name + u".ismig"_s), {});
        if (!opened.wait(10000) || f.project.startRun(Tier::Development, {}, u"Ana"_s) == 0)
            return false;
        f.project.setHomes(u"/opt/wso2is-5.11.0"_s, u"5.11.0"_s, u"/opt/wso2is-7.1.0"_s, u"7.1.0"_s);
        ChecklistItem item;
        item.title = u"Password login"_s;
        item.category = u"Login flows"_s;
        item.key = u"login.basic"_s;
        item.kind = u"functional"_s;
        item.status = caseStatus;
        item.notes = caseStatus == ChecklistStatus::Failed ? u"500 on the login page; password=hunter2"_s : QString();
        f.project.saveChecklistItem(item);
        f.wizard.show();
        f.wizard.setStartId(MigrationWizard::ReportPageId);
        f.wizard.restart();
        f.page = qobject_cast<ReportPage*>(f.wizard.currentPage());
        if (!f.page)
            return false;
        QSignalSpy built(f.page, &ReportPage::reportBuilt);
        return f.page->report() || built.wait(10000);
    }
    template <typename T> static T* child(QWidget* page, const char* name)
    {
        return page->findChild<T*>(QString::fromLatin1(name));
    }
    static QString text(QWidget* page, const char* name) { return child<QLabel>(page, name)->text(); }
    bool exportWith(Fixture& f, const QString& pdf, const QString& passphrase, bool sign = true)
    {
        child<QLineEdit>(f.page, "pdfEdit")->setText(pdf);
        child<QCheckBox>(f.page, "signCheck")->setChecked(sign);
        child<QLineEdit>(f.page, "p12Edit")->setText(m_pki + u"/signer.p12"_s);
        child<QLineEdit>(f.page, "passphraseEdit")->setText(passphrase);
        QSignalSpy done(f.page, &ReportPage::exportFinished);
        child<QPushButton>(f.page, "exportButton")->click();
        return done.wait(60000) && done.constLast().constFirst().toBool();
    }
    bool verify(Fixture& f, const QString& pdf, const QString& ca)
    {
        child<QLineEdit>(f.page, "verifyPdfEdit")->setText(pdf);
        child<QLineEdit>(f.page, "caEdit")->setText(ca);
        QSignalSpy done(f.page, &ReportPage::verifyFinished);
        child<QPushButton>(f.page, "verifyButton")->click();
        return done.wait(60000) && done.constLast().constFirst().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_pki = m_dir.filePath(u"pki"_s);
        QVERIFY(QDir().mkpath(m_pki));
        QVERIFY(TestPki::makeSigner(m_pki));
    }

    void failedCaseMeansNotReadyWithRollback()
    {
        Fixture f;
        QVERIFY(setUp(f, u"a"_s, ChecklistStatus::Failed));
        QCOMPARE(f.page->report()->verdict, ReportVerdict::NotReady);
        const QString verdict = f.page->findChild<QTextBrowser*>(u"verdictView"_s)->toPlainText();
        QVERIFY2(verdict.contains(u"Password login"_s), qPrintable(verdict));
        QVERIFY2(verdict.contains(u"Rollback"_s), qPrintable(verdict));
        QVERIFY(!verdict.contains(u"hunter2"_s));
    }

    void signedExportVerifiesAndATamperedFileIsNamed()
    {
        Fixture f;
        QVERIFY(setUp(f, u"b"_s, ChecklistStatus::Passed));
        const QString pdf = m_dir.filePath(u"out/b-report.pdf"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        QVERIFY2(exportWith(f, pdf, QString::fromLatin1(TestPki::kTestPassphrase)), qPrintable(text(f.page, "exportResult")));
        for (const QString& file : { pdf, pdf + u".p7s"_s, pdf + u".sha256"_s, pdf + u".sha256.p7s"_s,
                 m_dir.filePath(u"out/b-report.html"_s), m_dir.filePath(u"out/b-report.json"_s) })
            QVERIFY2(QFile::exists(file), qPrintable(file));
        // The passphrase does not stay on screen, and never reaches the project.
        QVERIFY(child<QLineEdit>(f.page, "passphraseEdit")->text().isEmpty());
        f.project.waitForWrites();
        QFile project(f.project.filePath());
        QVERIFY(project.open(QIODevice::ReadOnly));
        QVERIFY(!project.readAll().contains(TestPki::kTestPassphrase));
        QVERIFY2(text(f.page, "exportResult").contains(u"Report Signer"_s), qPrintable(text(f.page, "exportResult")));

        QVERIFY2(verify(f, pdf, m_pki + u"/ca.pem"_s), qPrintable(text(f.page, "verifyResult")));
        QVERIFY2(text(f.page, "verifyResult").contains(u"chains to the CA"_s), qPrintable(text(f.page, "verifyResult")));

        QFile html(m_dir.filePath(u"out/b-report.html"_s));
        QVERIFY(html.open(QIODevice::ReadWrite));
        QByteArray content = html.readAll();
        content[content.size() / 2] = content[content.size() / 2] == 'x' ? 'y' : 'x';
        html.seek(0);
        html.write(content);
        html.close();
        QVERIFY(!verify(f, pdf, m_pki + u"/ca.pem"_s));
        QVERIFY2(text(f.page, "verifyResult").contains(u"b-report.html"_s), qPrintable(text(f.page, "verifyResult")));
    }

    void wrongPassphraseWritesNothing()
    {
        Fixture f;
        QVERIFY(setUp(f, u"c"_s, ChecklistStatus::Passed));
        const QString pdf = m_dir.filePath(u"c-report.pdf"_s);
        QVERIFY(!exportWith(f, pdf, u"not the passphrase"_s));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(pdf + u".sha256"_s));
        QVERIFY2(text(f.page, "exportResult").contains(u"passphrase"_s, Qt::CaseInsensitive),
            qPrintable(text(f.page, "exportResult")));
        QVERIFY(!text(f.page, "exportResult").contains(u"not the passphrase"_s));
        QVERIFY(child<QLineEdit>(f.page, "passphraseEdit")->hasFocus() || !f.wizard.isActiveWindow());
    }

    void finishingCompletesTheRun()
    {
        Fixture f;
        QVERIFY(setUp(f, u"d"_s, ChecklistStatus::Passed));
        QVERIFY(exportWith(f, m_dir.filePath(u"d-report.pdf"_s), {}, false));
        QVERIFY(!QFile::exists(m_dir.filePath(u"d-report.pdf.p7s"_s)));
        QVERIFY(f.page->validatePage());
        QCOMPARE(f.project.runs().constLast().status, RunStatus::Completed);
    }
};

QTEST_MAIN(ReportPageTest)
#include "reportpage_test.moc"
