// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "Translations.h"
#include "Version.h"
#include "checks/IsRelease.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
const QString kLanguageKey = u"ui/language"_s;
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    //: In the language list of the settings: follow the desktop's language, here %1.
    m_ui->languageCombo->addItem(
        tr("System language (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language in its own name, as an operator who does not read the
    // current one looks for it.
    for (const QString& code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_ui->languageCombo->addItem(name.isEmpty() ? code : name, code);
    }
    const int current = m_ui->languageCombo->findData(configuredLanguage());
    m_ui->languageCombo->setCurrentIndex(qMax(0, current));

    // Version and licence where an operator filing a problem looks for them.
    auto* about = m_ui->buttonBox->addButton(tr("&About…"), QDialogButtonBox::HelpRole);
    about->setObjectName(u"aboutButton"_s);
    connect(about, &QPushButton::clicked, this, &SettingsDialog::showAbout);
    auto* aboutQt = m_ui->buttonBox->addButton(tr("About &Qt…"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
}

void SettingsDialog::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About %1").arg(QString::fromLatin1(kApplicationName)));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(u"<h3>%1 %2</h3>"_s.arg(QString::fromLatin1(kApplicationName).toHtmlEscaped(),
        QString::fromLatin1(kVersion)));
    //: %1 and %2 are the oldest and newest WSO2 Identity Server releases the wizard knows.
    box.setInformativeText(tr("<p>Moves a WSO2 Identity Server deployment to a newer release, step by step.</p>"
                              "<p>Knows Identity Server %1 to %2. Uses Qt %3.</p>"
                              "<p>Licensed under the Apache License 2.0.</p>")
            .arg(oldestKnownRelease().versionString(), latestKnownRelease().versionString(),
                QString::fromLatin1(qVersion())));
    box.exec();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QSettings().setValue(kLanguageKey, m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}

QString SettingsDialog::configuredLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    // A language removed from a later version falls back to the system's.
    return availableLanguages().contains(language) ? language : QString();
}

} // namespace Ismw
