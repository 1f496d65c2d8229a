// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"
#include "Translations.h"
#include "Version.h"
#include "checks/IsRelease.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

// The language setting: offered in each language's own name, stored only on
// OK, and a stored language that no longer exists falls back to the system's.
class SettingsDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void languagesAreOfferedInTheirOwnNames()
    {
        SettingsDialog dialog;
        auto* combo = dialog.findChild<QComboBox*>(u"languageCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), availableLanguages().size() + 1);
        QCOMPARE(combo->currentIndex(), 0); // the system's language
        QVERIFY(combo->findText(u"Deutsch"_s, Qt::MatchStartsWith) > 0);
        QVERIFY(combo->findText(u"日本語"_s, Qt::MatchStartsWith) > 0);
        QVERIFY(combo->findText(u"Français"_s, Qt::MatchStartsWith) > 0);
        QVERIFY(combo->findText(u"Español"_s, Qt::MatchStartsWith) > 0);
        // The label names the combo box for screen readers and Alt+L.
        auto* label = dialog.findChild<QLabel*>(u"languageLabel"_s);
        QCOMPARE(label->buddy(), combo);
    }

    void okStoresTheChoiceAndCancelDoesNot()
    {
        {
            SettingsDialog dialog;
            auto* combo = dialog.findChild<QComboBox*>(u"languageCombo"_s);
            combo->setCurrentIndex(combo->findData(u"ja"_s));
            dialog.reject();
        }
        QCOMPARE(SettingsDialog::configuredLanguage(), QString());
        {
            SettingsDialog dialog;
            dialog.show();
            auto* combo = dialog.findChild<QComboBox*>(u"languageCombo"_s);
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            // By keyboard, as a user would: the combo has the focus, End
            // picks the last language, Enter confirms.
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_End);
            QTest::keyClick(&dialog, Qt::Key_Return);
        }
        QCOMPARE(SettingsDialog::configuredLanguage(), availableLanguages().constLast());
        SettingsDialog again;
        QCOMPARE(again.findChild<QComboBox*>(u"languageCombo"_s)->currentData().toString(), availableLanguages().constLast());
    }

    void aboutNamesVersionAndReleases()
    {
        SettingsDialog dialog;
        auto* about = dialog.findChild<QPushButton*>(u"aboutButton"_s);
        QVERIFY(about);
        QString text;
        QTimer::singleShot(0, &dialog, [&] {
            auto* box = dialog.findChild<QMessageBox*>(u"aboutBox"_s);
            if (!box)
                return;
            text = box->text() + box->informativeText();
            // Closed with the keyboard, as the rest of the wizard can be.
            QTest::keyClick(box, Qt::Key_Escape);
        });
        about->click();
        QVERIFY2(text.contains(QString::fromLatin1(kVersion)), qPrintable(text));
        QVERIFY2(text.contains(oldestKnownRelease().versionString()) && text.contains(latestKnownRelease().versionString()),
            qPrintable(text));
    }

    void unknownLanguageFallsBackToTheSystem()
    {
        QSettings().setValue(u"ui/language"_s, u"tlh"_s);
        QCOMPARE(SettingsDialog::configuredLanguage(), QString());
        SettingsDialog dialog;
        QCOMPARE(dialog.findChild<QComboBox*>(u"languageCombo"_s)->currentIndex(), 0);
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "settingsdialog_test.moc"
