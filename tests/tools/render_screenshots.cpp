// SPDX-License-Identifier: Apache-2.0
// Renders every page of the wizard over the demo project into PNGs, in the
// light and the dark palette:  render-screenshots OUTPUT_DIR
// Run offscreen (QT_QPA_PLATFORM=offscreen); used for the README and the
// AppStream screenshots, and to look at what a change did to a page.
//   --only NAME,…   write only these shots (the flow still runs through every
//                   page); "add-case-dialog" and "settings-dialog" are written
//                   only when named here
//   --suffix TEXT   appended to each file name, e.g. "-200" for a run with
//                   QT_SCALE_FACTOR=2 (what a 200 % display shows)
//   --light-only    skip the dark palette pass
#include "../db/DbServers.h"
#include "AddCaseDialog.h"
#include "SettingsDialog.h"
#include "CleanupPage.h"
#include "CleanupRunPage.h"
#include "ConfigurationPage.h"
#include "MigrationWizard.h"
#include "PrerequisitesPage.h"
#include "ReportPage.h"
#include "TestPki.h"
#include "Translations.h"
#include "VerificationPage.h"
#include "verify/ChecklistModel.h"
#include "demo/DemoProject.h"
#include "demo/SampleHome.h"
#include "project/MigrationProject.h"
#include "widgets/TomlDiffView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTreeView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

bool settle(Ismw::MigrationWizard& wizard)
{
    for (int i = 0; i < 50; ++i)
        QTest::qWait(20);
    wizard.repaint();
    return true;
}

// Page 4 needs a database to show anything real: with the servers of the
// test fixture (ISMW_DBSERVERS_ENV, as `packaging/run screenshots` starts
// them) it points a sample home's identity_db at a scratch PostgreSQL schema
// with tokens and sessions in it, and goes through connection test, knobs,
// dry run and run as an operator would. Returns an error, empty on success.
QString renderCleanup(Ismw::MigrationProject& project, Ismw::MigrationWizard& wizard, const QString& work,
    const QString& suffix, const std::function<bool(const QString&)>& save)
{
    DbServers::Scratch scratch;
    if (const QString error = scratch.create(u"PG"_s, u"ismw_shots_"_s); !error.isEmpty())
        return error;
    // 3,000 tokens, half of them past their lifetime and the safe period.
    const QString tokens = u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) "
                           u"SELECT 'id' || g, CASE g % 4 WHEN 1 THEN 'EXPIRED' ELSE 'ACTIVE' END, (now() AT TIME ZONE "
                           u"'UTC') - make_interval(mins => CASE g % 4 WHEN 0 THEN 10 WHEN 1 THEN 600 WHEN 2 THEN 300 "
                           u"ELSE 90 END), 3600000 FROM generate_series(1, 3000) g"_s;
    if (const QString error = scratch.exec(tokens); !error.isEmpty())
        return error;
    const QString base = QDir(work).filePath(u"cleanup%1"_s.arg(suffix));
    Ismw::SampleHomeOptions options;
    options.database = Ismw::SampleDatabase::PostgreSql;
    QString error;
    if (!Ismw::writeSampleIsHome(base + u"/wso2is-7.0.0"_s, u"7.0.0"_s, options, &error)
        || !Ismw::writeSampleIsHome(base + u"/wso2is-7.3.0"_s, u"7.3.0"_s, options, &error))
        return error;
    QFile toml(base + u"/wso2is-7.0.0/repository/conf/deployment.toml"_s);
    if (!toml.open(QIODevice::ReadWrite))
        return toml.errorString();
    QString text = QString::fromUtf8(toml.readAll());
    text.replace(QRegularExpression(u"\\[database\\.identity_db\\]\\n(?:[^\\[\\n][^\\n]*\\n|\\n)*"_s),
        scratch.tomlEntry());
    toml.resize(0);
    toml.write(text.toUtf8());
    toml.close();
    // The demo project's own homes come back afterwards: the next palette's
    // pass opens the same project.
    const Ismw::ProjectInfo demoHomes = project.info();
    const auto restoreHomes = qScopeGuard([&project, demoHomes] {
        project.setHomes(demoHomes.oldHome, demoHomes.oldRelease, demoHomes.newHome, demoHomes.newRelease);
        project.waitForWrites();
    });
    project.setHomes(base + u"/wso2is-7.0.0"_s, u"7.0.0"_s, base + u"/wso2is-7.3.0"_s, u"7.3.0"_s);
    wizard.setStartId(Ismw::MigrationWizard::CleanupPageId);
    wizard.restart();
    auto* page = qobject_cast<Ismw::CleanupPage*>(wizard.currentPage());
    const auto idle = [page] { return QTest::qWaitFor([page] { return !page->isBusy(); }, 30000); };
    if (!page || !idle())
        return u"page 4 did not load"_s;
    page->findChild<QPushButton*>(u"testConnectionButton"_s)->click();
    if (!idle())
        return u"the connection test did not end"_s;
    auto* knobs = page->findChild<QTableWidget*>(u"knobTable"_s);
    for (int row = 0; row < knobs->rowCount(); ++row)
        if (knobs->item(row, 0)->text() == "batchSize"_L1)
            knobs->item(row, 1)->setText(u"500"_s);
    if (!save(u"page4-cleanup"_s))
        return u"could not save"_s;
    page->findChild<QPushButton*>(u"dryRunButton"_s)->click();
    if (!idle())
        return u"the dry run did not end"_s;
    for (const char* name : { "backupCheck", "builtInCheck", "windowCheck" })
        page->findChild<QCheckBox*>(QString::fromLatin1(name))->setChecked(true);
    page->findChild<QTabWidget*>(u"stepTabs"_s)->setCurrentIndex(1);
    if (!save(u"page4-cleanup-reminders"_s))
        return u"could not save"_s;
    page->findChild<QTabWidget*>(u"stepTabs"_s)->setCurrentIndex(2);
    if (!save(u"page4-cleanup-dry-run"_s))
        return u"could not save"_s;
    if (!page->isComplete())
        return u"page 4 is not complete: "_s + page->missingReason();
    QTimer::singleShot(200, &wizard, [&wizard] {
        if (auto* box = wizard.findChild<QMessageBox*>(u"runConfirmBox"_s))
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
    });
    wizard.next();
    auto* run = qobject_cast<Ismw::CleanupRunPage*>(wizard.currentPage());
    if (!run || !QTest::qWaitFor([run] { return run->isComplete(); }, 60000))
        return u"the run did not end"_s;
    if (!save(u"page4-cleanup-run"_s))
        return u"could not save"_s;
    return {};
}

// Pages 5 and 6 over the project's current run: the templates with results
// as an operator records them (one blocked, so the rollback guidance shows),
// a log scan of a Carbon log written here, then the report signed with a
// certificate of a throwaway CA, and the first page of its PDF
// (report-first-page.png, through pdftoppm when it is installed).
QString renderVerification(Ismw::MigrationProject& project, Ismw::MigrationWizard& wizard, const QString& work,
    const QString& suffix, const std::function<bool(const QString&)>& save, const QString& outDir, bool firstPage)
{
    wizard.setStartId(Ismw::MigrationWizard::VerificationPageId);
    wizard.restart();
    auto* page = qobject_cast<Ismw::VerificationPage*>(wizard.currentPage());
    if (!page)
        return u"page 5 is not there"_s;
    page->findChild<QPushButton*>(u"templatesButton"_s)->click();
    Ismw::ChecklistModel* model = page->checklistModel();
    int n = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r, ++n) {
            const qint64 id = model->index(r, 0, group).data(Ismw::ChecklistModel::ItemIdRole).toLongLong();
            if (n < 9)
                model->setStatus(id, Ismw::ChecklistStatus::Passed, {});
            else if (n == 9)
                model->setStatus(id, Ismw::ChecklistStatus::Blocked,
                    u"Partner IdP metadata still points at the old host name; waiting for the partner."_s);
        }
    }
    auto* tree = page->findChild<QTreeView*>(u"caseTree"_s);
    tree->setCurrentIndex(model->index(0, 0, model->index(1, 0)));
    if (!save(u"page5-verification"_s))
        return u"could not save"_s;

    // A Carbon log of the migrated server: start-up, then two kinds of error.
    const QDateTime since = project.currentRun()->startedAt.toLocalTime();
    const auto stamp = [&since](int seconds) {
        return since.addSecs(seconds).toString(u"yyyy-MM-dd HH:mm:ss,zzz"_s);
    };
    const QString log = QDir(work).filePath(u"wso2carbon%1.log"_s.arg(suffix));
    QFile file(log);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString text;
    text += u"TID: [-1234] [] [%1] [] INFO {org.wso2.carbon.core.init.CarbonServerManager} - Starting WSO2 Carbon...\n"_s
                .arg(stamp(5));
    text += u"TID: [-1234] [] [%1] [] INFO {org.wso2.carbon.core.internal.StartupFinalizerServiceComponent} - WSO2 "
            u"Carbon started in 38 sec\n"_s.arg(stamp(43));
    for (int i = 0; i < 3; ++i)
        text += u"TID: [-1234] [] [%1] [a1b2] ERROR {org.wso2.carbon.identity.application.authenticator.saml} - SAML "
                u"response signature validation failed for issuer partner-idp\n"
                u"org.wso2.carbon.identity.base.IdentityException: Signature validation failed\n"
                u"\tat org.wso2.carbon.identity.sso.saml.util.SAMLSSOUtil.validateSignature(SAMLSSOUtil.java:1402)\n"
                u"\tat org.wso2.carbon.identity.sso.saml.processors.SPInitSSOAuthnRequestProcessor.process(SPInitSSOAuthnRequestProcessor.java:118)\n"_s
                    .arg(stamp(300 + 60 * i));
    text += u"TID: [-1234] [] [%1] [] ERROR {org.wso2.carbon.user.core.ldap.ReadOnlyLDAPUserStoreManager} - "
            u"Connection to ldap://ldap.example.com:389 timed out\n"_s.arg(stamp(900));
    file.write(text.toUtf8());
    file.close();
    page->findChild<QTabWidget*>(u"tabs"_s)->setCurrentIndex(1);
    page->findChild<QLineEdit*>(u"addressEdit"_s)->setText(u"is.example.com:9443"_s);
    page->findChild<QLineEdit*>(u"logFilesEdit"_s)->setText(QDir::toNativeSeparators(log));
    page->findChild<QDateTimeEdit*>(u"sinceEdit"_s)->setDateTime(since);
    QSignalSpy scanned(page, &Ismw::VerificationPage::scanFinished);
    page->scanLog();
    if (!scanned.wait(20000))
        return u"the log scan did not end"_s;
    if (!save(u"page5-verification-server"_s))
        return u"could not save"_s;
    page->findChild<QTabWidget*>(u"tabs"_s)->setCurrentIndex(0);

    wizard.next();
    auto* report = qobject_cast<Ismw::ReportPage*>(wizard.currentPage());
    if (!report)
        return u"page 6 is not there"_s;
    if (!report->report() && !QSignalSpy(report, &Ismw::ReportPage::reportBuilt).wait(20000))
        return u"the report was not built"_s;
    const QString pki = QDir(work).filePath(u"pki%1"_s.arg(suffix));
    QDir().mkpath(pki);
    if (!Ismw::TestPki::makeSigner(pki, u"Olu Ops"_s))
        return u"openssl could not make the signing certificate"_s;
    const QString pdf = QDir(work).filePath(u"acme-dev-report%1.pdf"_s.arg(suffix));
    report->findChild<QLineEdit*>(u"pdfEdit"_s)->setText(QDir::toNativeSeparators(pdf));
    report->findChild<QLineEdit*>(u"p12Edit"_s)->setText(QDir::toNativeSeparators(pki + u"/signer.p12"_s));
    report->findChild<QLineEdit*>(u"passphraseEdit"_s)->setText(QString::fromLatin1(Ismw::TestPki::kTestPassphrase));
    QSignalSpy exported(report, &Ismw::ReportPage::exportFinished);
    report->exportReport();
    if (!exported.wait(60000) || !exported.constLast().constFirst().toBool())
        return u"the export failed: "_s + report->findChild<QLabel*>(u"exportResult"_s)->text();
    report->findChild<QLineEdit*>(u"caEdit"_s)->setText(QDir::toNativeSeparators(pki + u"/ca.pem"_s));
    QSignalSpy verified(report, &Ismw::ReportPage::verifyFinished);
    report->verifyReport();
    if (!verified.wait(60000))
        return u"the check did not end"_s;
    if (!save(u"page6-report"_s))
        return u"could not save"_s;
    if (firstPage) {
        QProcess pdftoppm;
        pdftoppm.start(u"pdftoppm"_s, { u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s,
                                           pdf, QDir(outDir).filePath(u"report-first-page"_s) });
        if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
            std::fprintf(stderr, "report-first-page.png left out: pdftoppm did not run (%s)\n",
                qPrintable(pdftoppm.errorString()));
        else
            std::printf("%s\n", qPrintable(QDir(outDir).filePath(u"report-first-page.png"_s)));
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Ismw::installTranslations(app); // LANG=de_DE.UTF-8 renders the German pages
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption onlyOption(u"only"_s, u"Write only these shots (comma-separated names)."_s, u"names"_s);
    const QCommandLineOption suffixOption(u"suffix"_s, u"Appended to each file name."_s, u"text"_s);
    const QCommandLineOption lightOption(u"light-only"_s, u"Skip the dark palette."_s);
    parser.addOptions({ onlyOption, suffixOption, lightOption });
    parser.addPositionalArgument(u"OUTPUT_DIR"_s, u"Where the PNGs go."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: render-screenshots [--only NAME,...] [--suffix TEXT] [--light-only] OUTPUT_DIR\n");
        return 2;
    }
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const QString nameSuffix = parser.value(suffixOption);
    const QDir out(parser.positionalArguments().constFirst());
    QDir().mkpath(out.path());
    QTemporaryDir work;
    const Ismw::DemoResult demo = Ismw::createDemoProject(work.path());
    if (demo.projectPath.isEmpty()) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(demo.error));
        return 1;
    }

    for (const bool dark : { false, true }) {
        if (dark && parser.isSet(lightOption))
            break;
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        Ismw::MigrationProject project;
        Ismw::MigrationWizard wizard(&project);
        wizard.resize(960, 700);
        wizard.show();
        QSignalSpy opened(&project, &Ismw::MigrationProject::opened);
        project.openProject(demo.projectPath);
        if (!opened.wait(10000)) {
            std::fprintf(stderr, "the demo project did not open\n");
            return 1;
        }
        // As an operator would have it filled in.
        if (auto* operatorEdit = wizard.currentPage()->findChild<QLineEdit*>(u"operatorEdit"_s))
            operatorEdit->setText(u"Olu Ops"_s);
        const QString suffix = dark ? u"-dark"_s : QString();
        const auto save = [&](const QString& name) {
            if (!only.isEmpty() && !only.contains(name))
                return true;
            settle(wizard);
            const QString file = out.filePath(name + nameSuffix + suffix + u".png"_s);
            if (!wizard.grab().save(file)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(file));
                return false;
            }
            std::printf("%s\n", qPrintable(file));
            return true;
        };
        // The dialogs: opt-in only (--only add-case-dialog,settings-dialog).
        const auto saveDialog = [&](QDialog& dialog, const QString& name) {
            if (!only.contains(name))
                return true;
            dialog.show();
            settle(wizard);
            const QString file = out.filePath(name + nameSuffix + suffix + u".png"_s);
            if (!dialog.grab().save(file)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(file));
                return false;
            }
            std::printf("%s\n", qPrintable(file));
            return true;
        };
        Ismw::AddCaseDialog addCase(&wizard);
        Ismw::SettingsDialog settings(&wizard);
        if (!saveDialog(addCase, u"add-case-dialog"_s) || !saveDialog(settings, u"settings-dialog"_s))
            return 1;
        addCase.hide();
        settings.hide();
        if (!save(u"page1-project"_s))
            return 1;
        wizard.next();
        if (wizard.currentId() != Ismw::MigrationWizard::PrerequisitesPageId) {
            std::fprintf(stderr, "page 1 did not let the demo through\n");
            return 1;
        }
        auto* prerequisites = qobject_cast<Ismw::PrerequisitesPage*>(wizard.currentPage());
        // The homes are read and checked off the GUI thread.
        if (!prerequisites || !QTest::qWaitFor([prerequisites] { return !prerequisites->isInspecting(); }, 30000)) {
            std::fprintf(stderr, "page 2 did not finish its checks\n");
            return 1;
        }
        prerequisites->findChild<QCheckBox*>(u"backupCheck"_s)->setChecked(true);
        if (!save(u"page2-prerequisites"_s))
            return 1;
        // Where this machine has no Java for the new release (the build root
        // has none), the blocker is accepted as an operator whose servers run
        // their own JDK would: the reason typed, then accepted.
        if (!prerequisites->isComplete()) {
            auto* list = prerequisites->findChild<QTreeWidget*>(u"checkList"_s);
            for (int g = 0; g < list->topLevelItemCount(); ++g)
                for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
                    if (list->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toString() == "java.new-home"_L1)
                        list->setCurrentItem(list->topLevelItem(g)->child(i));
            prerequisites->findChild<QLineEdit*>(u"reasonEdit"_s)
                ->setText(u"The IS servers run Temurin 21; this is the admin workstation"_s);
            if (!save(u"page2-prerequisites-blocker"_s))
                return 1;
            prerequisites->findChild<QPushButton*>(u"acceptButton"_s)->click();
            if (!prerequisites->isComplete()) {
                std::fprintf(stderr, "page 2: %s\n", qPrintable(prerequisites->missingReason()));
                return 1;
            }
        }

        wizard.next();
        auto* configuration = qobject_cast<Ismw::ConfigurationPage*>(wizard.currentPage());
        if (!configuration || !QTest::qWaitFor([configuration] { return !configuration->isBusy(); }, 20000)) {
            std::fprintf(stderr, "page 2 did not let the demo through, or page 3 did not finish reading\n");
            return 1;
        }
        // Where an operator starts: on the first change.
        configuration->findChild<Ismw::TomlDiffView*>(u"diffView"_s)->goToNextChange();
        if (!save(u"page3-configuration"_s))
            return 1;
        // A blocker chosen (the list has them first): its remediation beside
        // the list, its line in the view, the reason being typed.
        auto* list = configuration->findChild<QTreeWidget*>(u"reviewList"_s);
        if (list->topLevelItemCount() > 0)
            list->setCurrentItem(list->topLevelItem(0));
        auto* reason = configuration->findChild<QLineEdit*>(u"reasonEdit"_s);
        if (reason && reason->isVisibleTo(configuration))
            reason->setText(u"Keystore converted to PKCS12 in the new home's overlay"_s);
        if (!save(u"page3-configuration-finding"_s))
            return 1;

        if (qEnvironmentVariableIsSet("ISMW_DBSERVERS_ENV")) {
            if (const QString error = renderCleanup(project, wizard, work.path(), suffix, save); !error.isEmpty()) {
                std::fprintf(stderr, "page 4: %s\n", qPrintable(error));
                return 1;
            }
            wizard.setStartId(Ismw::MigrationWizard::ProjectPageId);
        } else {
            std::fprintf(stderr, "page 4 left out: it needs the database servers (packaging/run screenshots starts them)\n");
        }

        if (const QString error = renderVerification(project, wizard, work.path(), suffix, save, out.path(),
                suffix.isEmpty() && (only.isEmpty() || only.contains(u"report-first-page"_s)));
            !error.isEmpty()) {
            std::fprintf(stderr, "pages 5 and 6: %s\n", qPrintable(error));
            return 1;
        }
        wizard.setStartId(Ismw::MigrationWizard::ProjectPageId);

        // The order rule as a new project shows it when production comes first.
        wizard.restart();
        QSignalSpy created(&project, &Ismw::MigrationProject::opened);
        project.createProject(QDir(work.path()).filePath(u"prod-first%1.ismig"_s.arg(suffix)), u"Acme IAM upgrade"_s);
        if (!created.wait(10000)) {
            std::fprintf(stderr, "a new project could not be created\n");
            return 1;
        }
        QWidget* page = wizard.currentPage();
        auto* tier = page->findChild<QComboBox*>(u"tierCombo"_s);
        tier->setCurrentIndex(tier->findData(int(Ismw::Tier::Production)));
        page->findChild<QLineEdit*>(u"reasonEdit"_s)->setText(u"No pre-prod at this site; dev ran on a production copy"_s);
        if (!save(u"page1-order-rule"_s))
            return 1;
    }
    return 0;
}
