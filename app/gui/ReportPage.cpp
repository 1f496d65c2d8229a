// SPDX-License-Identifier: Apache-2.0
#include "ReportPage.h"

#include "ui_ReportPage.h"

#include "Version.h"
#include "project/MigrationProject.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

const auto kPdfSetting = u"report.pdf"_s;
const auto kPkcs12Setting = u"report.pkcs12"_s;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString companion(const QString& pdfPath, const QString& suffix)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

QString htmlList(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString html = u"<ul style=\"margin-top:2px; margin-bottom:2px\">"_s;
    for (const QString& item : items)
        html += u"<li>%1</li>"_s.arg(item.toHtmlEscaped());
    return html + u"</ul>"_s;
}

QString signerText(const VerificationResult& result)
{
    const QString signer = QCoreApplication::translate("Ismw::ReportPage", "Signed by %1 (certificate issued by %2)")
                               .arg(result.signerSubject, result.signerIssuer);
    if (!result.signingTime.isValid())
        return signer + u'.';
    //: %1 is "Signed by <subject> (certificate issued by <issuer>)", %2 the signing time
    return QCoreApplication::translate("Ismw::ReportPage", "%1 at %2.")
        .arg(signer, QLocale().toString(result.signingTime.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

ReportPage::ReportPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::ReportPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Report"));
    setSubTitle(tr("The record of this environment's migration for the change board or auditor: export it, sign "
                   "it with your certificate, and check a signed report."));
    setFinalPage(true);

    connect(m_ui->pdfBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_ui->pdfEdit->text(),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            m_ui->pdfEdit->setText(native(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s));
    });
    connect(m_ui->p12Browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose Your Certificate"),
            m_ui->p12Edit->text().isEmpty() ? QDir::homePath() : QFileInfo(m_ui->p12Edit->text()).path(),
            tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
        if (!path.isEmpty())
            m_ui->p12Edit->setText(native(path));
    });
    connect(m_ui->verifyPdfBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Signed Report"), m_ui->verifyPdfEdit->text(),
            tr("PDF documents (*.pdf);;All files (*)"));
        if (!path.isEmpty())
            m_ui->verifyPdfEdit->setText(native(path));
    });
    connect(m_ui->caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose CA Certificates"), QDir::homePath(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(native(path));
    });
    for (QLineEdit* edit : { m_ui->pdfEdit, m_ui->p12Edit, m_ui->passphraseEdit, m_ui->verifyPdfEdit })
        connect(edit, &QLineEdit::textChanged, this, &ReportPage::updateButtons);
    connect(m_ui->signCheck, &QCheckBox::toggled, this, &ReportPage::updateButtons);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportPage::exportReport);
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, &ReportPage::exportReport);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ReportPage::verifyReport);
    connect(&m_build, &QFutureWatcher<std::expected<ReportData, QString>>::finished, this, &ReportPage::onBuilt);
    connect(&m_export, &QFutureWatcher<std::expected<ReportExportResult, ReportExportError>>::finished, this,
        &ReportPage::onExported);
    connect(&m_verify, &QFutureWatcher<std::expected<ReportVerification, QString>>::finished, this,
        &ReportPage::onVerified);
    // The report follows the project while the page is shown: a late check
    // result or journal entry belongs in it.
    for (auto signal : { &MigrationProject::checksChanged, &MigrationProject::checklistChanged,
             &MigrationProject::cleanupRunsChanged, &MigrationProject::acknowledgementsChanged,
             &MigrationProject::configDecisionsChanged })
        connect(project, signal, this, [this] {
            if (isVisible())
                rebuild();
        });
    updateButtons();
}

ReportPage::~ReportPage()
{
    m_build.waitForFinished();
    m_export.waitForFinished();
    m_verify.waitForFinished();
}

QString ReportPage::helpText() const
{
    return tr("<p>The report covers the latest run on this environment: the verdict and why, the homes and "
              "releases, every check with the reasons given for accepting it, the configuration decisions, the "
              "cleanup runs with their counts and durations, the test cases with the SHA-256 of their evidence, "
              "the log scan, the journal, and the production time estimate with its basis.</p>"
              "<p>Export writes the PDF and, if chosen, an HTML copy and a JSON twin for machines, plus a manifest "
              "(<i>report.pdf.sha256</i>) with the SHA-256 of each file. Signing adds a CMS detached signature of "
              "the PDF (<i>report.pdf.p7s</i>) and one of the manifest, with your certificate from a PKCS#12 file. "
              "The passphrase is used once and never stored.</p>"
              "<p>Anyone can check a signed report without this tool; the commands are in the report's appendix: "
              "<tt>openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem "
              "-out /dev/null</tt>, the same for the manifest, and <tt>sha256sum -c report.pdf.sha256</tt>. <b>Check Signature</b> does the same "
              "here and names any file that changed.</p>");
}

QString ReportPage::busyReason() const
{
    return isExporting() ? tr("The report is being written. Wait until the export has finished.") : QString();
}

void ReportPage::initializePage()
{
    const auto env = project()->currentEnvironment();
    if (env) {
        QString pdf = project()->environmentSetting(env->id, kPdfSetting);
        if (pdf.isEmpty()) {
            const QString folder = QFileInfo(project()->filePath()).absolutePath();
            pdf = QDir(folder).filePath(u"%1-%2-report.pdf"_s.arg(QFileInfo(project()->filePath()).completeBaseName(),
                env->name));
        }
        m_ui->pdfEdit->setText(native(pdf));
        m_ui->p12Edit->setText(project()->environmentSetting(env->id, kPkcs12Setting));
    }
    rebuild();
}

bool ReportPage::validatePage()
{
    if (isExporting())
        return false;
    if (!m_exported) {
        const auto answer = QMessageBox::question(this, tr("Finish Without a Report"),
            tr("No report was exported in this session. Finish anyway? The project keeps everything, and the "
               "report can be exported later from the project."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (const auto run = project()->currentRun(); run && run->status == RunStatus::InProgress) {
        project()->journal(u"run.finished"_s,
            m_report ? tr("Run finished with the verdict “%1”.").arg(reportVerdictText(m_report->verdict))
                     : tr("Run finished."));
        project()->finishRun(RunStatus::Completed);
    }
    return true;
}

void ReportPage::rebuild()
{
    const auto env = project()->currentEnvironment();
    if (!env)
        return;
    if (m_build.isRunning()) {
        m_rebuildPending = true;
        return;
    }
    ReportOptions options;
    if (const auto run = project()->currentRun())
        options.runId = run->id;
    options.toolVersion = QString::fromUtf8(kVersion);
    // A copy of the project's records: the worker reads it while the pages
    // go on changing the project.
    m_build.setFuture(QtConcurrent::run(
        [snapshot = project()->snapshot(), name = env->name, options] { return buildReport(snapshot, name, options); }));
    updateButtons();
}

void ReportPage::onBuilt()
{
    if (m_rebuildPending) {
        m_rebuildPending = false;
        rebuild();
        return;
    }
    const auto result = m_build.result();
    if (!result) {
        m_report.reset();
        m_ui->verdictView->setHtml(result.error().toHtmlEscaped());
        updateButtons();
        Q_EMIT reportBuilt();
        return;
    }
    m_report = *result;
    const ReportData& report = *m_report;
    const bool ready = report.verdict == ReportVerdict::Ready;
    QString text = u"<p style=\"font-size:large\"><b>%1 %2</b></p>"_s.arg(ready ? u"✔"_s : u"✖"_s,
        tr("Verdict for %1: %2").arg(report.environment.name, reportVerdictText(report.verdict)).toHtmlEscaped());
    text += tr("%1 → %2, run by %3, started %4.")
                .arg(report.oldRelease, report.newRelease, report.run.operatorName,
                    QLocale().toString(report.run.startedAt.toLocalTime(), QLocale::ShortFormat))
                .toHtmlEscaped();
    text += htmlList(report.reasons);
    if (!report.rollbackGuidance.isEmpty())
        text += u"<p><b>%1</b> %2</p>"_s.arg(tr("Rollback:").toHtmlEscaped(),
            report.rollbackGuidance.join(u' ').toHtmlEscaped());
    if (!report.notes.isEmpty())
        text += htmlList(report.notes);
    QString estimate = u"<p><b>%1</b> "_s.arg(tr("Production estimate:").toHtmlEscaped());
    if (report.estimate.lines.isEmpty()) {
        estimate += tr("no cleanup run was recorded on a lower environment, so there is nothing to scale.")
                        .toHtmlEscaped();
    } else {
        estimate += report.estimate.total.toHtmlEscaped();
        QStringList lines;
        for (const EstimateLine& line : report.estimate.lines)
            lines << line.basis;
        estimate += htmlList(lines) + u"<i>%1</i>"_s.arg(report.estimate.caveat.toHtmlEscaped());
    }
    m_ui->verdictView->setHtml(text + estimate + u"</p>"_s);
    updateButtons();
    Q_EMIT reportBuilt();
}

void ReportPage::exportReport()
{
    if (!m_report || isExporting() || !m_ui->exportButton->isEnabled())
        return;
    const QString pdf = QDir::fromNativeSeparators(m_ui->pdfEdit->text().trimmed());
    ReportExportRequest request;
    request.pdfPath = pdf;
    if (m_ui->htmlCheck->isChecked())
        request.htmlPath = companion(pdf, u".html"_s);
    if (m_ui->jsonCheck->isChecked())
        request.jsonPath = companion(pdf, u".json"_s);
    if (m_ui->signCheck->isChecked()) {
        request.pkcs12Path = QDir::fromNativeSeparators(m_ui->p12Edit->text().trimmed());
        request.passphrase = m_ui->passphraseEdit->text().toUtf8();
    }
    if (const auto env = project()->currentEnvironment()) {
        project()->setEnvironmentSetting(env->id, kPdfSetting, m_ui->pdfEdit->text().trimmed());
        project()->setEnvironmentSetting(env->id, kPkcs12Setting, m_ui->p12Edit->text().trimmed());
    }
    m_ui->exportResult->setText(tr("Writing the report…"));
    m_export.setFuture(QtConcurrent::run([report = *m_report, request]() mutable {
        auto result = exportReportDetailed(report, request);
        request.passphrase.fill('\0');
        return result;
    }));
    request.passphrase.fill('\0');
    updateButtons();
}

void ReportPage::onExported()
{
    const auto result = m_export.result();
    updateButtons();
    if (!result) {
        const bool wrongPassphrase = result.error().signing == SigningError::Kind::WrongPassphrase;
        m_ui->exportResult->setText(u"✖ "_s + result.error().message.toHtmlEscaped());
        if (wrongPassphrase) {
            m_ui->passphraseEdit->selectAll();
            m_ui->passphraseEdit->setFocus();
        }
        Q_EMIT exportFinished(false);
        return;
    }
    // The passphrase has done its job; it does not stay in the field.
    m_ui->passphraseEdit->clear();
    m_exported = true;
    QStringList written;
    for (const QString& file : result->files + QStringList { result->manifestPath } + result->signaturePaths)
        written << native(file);
    QString text = u"✔ "_s + tr("Written: %1.").arg(written.join(u", "_s)).toHtmlEscaped();
    if (result->signer)
        text += u"<br>"_s
            + tr("Signed as %1 (certificate valid until %2).")
                  .arg(result->signer->signerSubject,
                      QLocale().toString(result->signer->notAfter.toLocalTime(), QLocale::ShortFormat))
                  .toHtmlEscaped();
    else
        text += u"<br>"_s + tr("Not signed.").toHtmlEscaped();
    m_ui->exportResult->setText(text);
    m_ui->verifyPdfEdit->setText(native(result->files.value(0)));
    project()->journal(u"report.exported"_s,
        tr("Report with the verdict “%1” exported to %2%3.")
            .arg(reportVerdictText(m_report ? m_report->verdict : ReportVerdict::NotReady), written.join(u", "_s),
                result->signer ? tr(", signed as %1").arg(result->signer->signerSubject) : QString()));
    Q_EMIT exportFinished(true);
}

void ReportPage::verifyReport()
{
    if (isVerifying())
        return;
    const QString pdf = QDir::fromNativeSeparators(m_ui->verifyPdfEdit->text().trimmed());
    const QString ca = QDir::fromNativeSeparators(m_ui->caEdit->text().trimmed());
    if (pdf.isEmpty())
        return;
    m_ui->verifyResult->setText(tr("Checking…"));
    m_verify.setFuture(QtConcurrent::run([pdf, ca] { return Ismw::verifyReport(pdf, QString(), ca); }));
    updateButtons();
}

void ReportPage::onVerified()
{
    const auto result = m_verify.result();
    updateButtons();
    if (!result) {
        m_ui->verifyResult->setText(u"✖ "_s + result.error().toHtmlEscaped());
        Q_EMIT verifyFinished(false);
        return;
    }
    QString text;
    if (result->ok())
        text = u"✔ <b>%1</b> "_s.arg(tr("The report is intact.").toHtmlEscaped());
    else
        text = u"✖ <b>%1</b>"_s.arg(tr("The report does not verify.").toHtmlEscaped()) + htmlList(result->problems);
    text += signerText(result->pdf).toHtmlEscaped();
    if (!result->pdf.chainChecked)
        text += u" "_s + tr("Who signed was not checked: choose the CA certificates to check it.").toHtmlEscaped();
    else if (result->pdf.chainTrusted)
        text += u" "_s + tr("The signer's certificate chains to the CA given.").toHtmlEscaped();
    if (result->manifest)
        text += u"<br>"_s
            + tr("%n file(s) of the manifest checked.", nullptr, int(result->manifest->checked.size())).toHtmlEscaped();
    else if (!result->manifestFound)
        text += u"<br>"_s + tr("No manifest next to the report: only the PDF was checked.").toHtmlEscaped();
    m_ui->verifyResult->setText(text);
    project()->journal(u"report.verified"_s,
        tr("%1: %2").arg(native(result->pdfPath), result->ok() ? tr("intact") : result->problems.join(u' ')));
    Q_EMIT verifyFinished(result->ok());
}

void ReportPage::updateButtons()
{
    const bool sign = m_ui->signCheck->isChecked();
    m_ui->p12Edit->setEnabled(sign);
    m_ui->p12Browse->setEnabled(sign);
    m_ui->passphraseEdit->setEnabled(sign);
    m_ui->exportButton->setEnabled(m_report && !isExporting() && !m_ui->pdfEdit->text().trimmed().isEmpty()
        && (!sign || !m_ui->p12Edit->text().trimmed().isEmpty()));
    m_ui->verifyButton->setEnabled(!isVerifying() && !m_ui->verifyPdfEdit->text().trimmed().isEmpty());
}

} // namespace Ismw
