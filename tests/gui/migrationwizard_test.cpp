// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "Translations.h"
#include "WizardPage.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Ismw;
using namespace Qt::StringLiterals;

class MigrationWizardTest : public QObject
{
    Q_OBJECT

    static void checkAccessKeys(MigrationWizard& wizard, const QString& language)
    {
        QStringList buttonTexts;
        for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::HelpButton,
                 QWizard::CancelButton, QWizard::CustomButton1 })
            buttonTexts << wizard.buttonText(which);
        QStringList clashes;
        for (int id : wizard.pageIds()) {
            QWizardPage* page = wizard.page(id);
            QStringList texts = buttonTexts;
            for (auto* button : page->findChildren<QAbstractButton*>())
                texts << button->text();
            for (auto* label : page->findChildren<QLabel*>())
                if (label->buddy())
                    texts << label->text();
            QHash<QKeySequence, QString> seen;
            for (const QString& text : std::as_const(texts)) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    continue;
                if (seen.contains(key))
                    clashes << u"%1, page %2: \"%3\" and \"%4\" share %5"_s.arg(language)
                                   .arg(id)
                                   .arg(seen.value(key), text, key.toString());
                seen.insert(key, text);
            }
            QVERIFY2(seen.size() >= 6,
                qPrintable(u"%1, page %2: only %3 access keys: %4"_s.arg(language)
                        .arg(id)
                        .arg(seen.size())
                        .arg(QStringList(seen.values()).join(u", "_s))));
        }
        // All of them at once: a translator fixes a page's keys in one go.
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void everyPageHasTitleAndHelp()
    {
        MigrationProject project;
        MigrationWizard wizard(&project);
        QVERIFY(wizard.options() & QWizard::HaveHelpButton);
        const QList<int> ids = wizard.pageIds();
        QCOMPARE(ids,
            (QList<int> { MigrationWizard::ProjectPageId, MigrationWizard::PrerequisitesPageId,
                MigrationWizard::ConfigurationPageId, MigrationWizard::CleanupPageId,
                MigrationWizard::CleanupRunPageId, MigrationWizard::VerificationPageId,
                MigrationWizard::ReportPageId }));
        for (int id : ids) {
            auto* page = qobject_cast<WizardPage*>(wizard.page(id));
            QVERIFY(page);
            QVERIFY(!page->title().isEmpty());
            QVERIFY(page->helpText().size() > 100);
        }
    }

    void helpButtonShowsTheCurrentPagesHelp()
    {
        MigrationProject project;
        MigrationWizard wizard(&project);
        wizard.show();
        QString shown;
        // The help box is modal: read and close it from inside its loop.
        QTimer::singleShot(0, &wizard, [&] {
            auto* box = wizard.findChild<QMessageBox*>(u"helpBox"_s);
            if (box) {
                shown = box->text();
                box->accept();
            }
        });
        QTest::mouseClick(wizard.button(QWizard::HelpButton), Qt::LeftButton);
        QCOMPARE(shown, qobject_cast<WizardPage*>(wizard.currentPage())->helpText());
    }

    void windowGeometryIsRemembered()
    {
        {
            MigrationProject project;
            MigrationWizard wizard(&project);
            wizard.show();
            wizard.resize(720, 540); // within the offscreen screen (800x600): restoreGeometry() clamps to it
            QTest::qWait(0);
            wizard.close();
        }
        QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
        MigrationProject project;
        MigrationWizard wizard(&project);
        QCOMPARE(wizard.size(), QSize(720, 540));
    }

    void noTwoControlsShareAnAccessKey()
    {
        MigrationProject project;
        MigrationWizard wizard(&project);
        checkAccessKeys(wizard, u"en"_s);
    }

    // Every language: no two controls of a page share an access key (the
    // wizard's own buttons included, in that language's words), and the
    // wizard still fits a 1280×800 screen with that language's longer texts.
    void everyLanguageKeepsAccessKeysAndFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyLanguageKeepsAccessKeysAndFits()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), language);
        const auto restore = qScopeGuard([] {
            QLocale::setDefault(QLocale::c());
            installTranslations(*QCoreApplication::instance());
        });
        MigrationProject project;
        MigrationWizard wizard(&project);
        QVERIFY(!wizard.buttonText(QWizard::CustomButton1).isEmpty());
        checkAccessKeys(wizard, language);
        if (QTest::currentTestFailed())
            return;
        for (int id : wizard.pageIds()) {
            wizard.page(id)->ensurePolished();
            const QSize minimum = wizard.page(id)->minimumSizeHint();
            QVERIFY2(minimum.width() <= 1200 && minimum.height() <= 700,
                qPrintable(u"%1, page %2 needs %3×%4"_s.arg(language).arg(id).arg(minimum.width()).arg(minimum.height())));
        }
    }

    void storageFailureIsShown()
    {
        MigrationProject project;
        MigrationWizard wizard(&project);
        wizard.show();
        QMetaObject::invokeMethod(&project, "storageFailed", Q_ARG(QString, u"Could not write to /x/y.ismig"_s));
        auto* box = wizard.findChild<QMessageBox*>(u"storageErrorBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"/x/y.ismig"_s));
        // A second failure updates the box instead of stacking another one.
        QMetaObject::invokeMethod(&project, "storageFailed", Q_ARG(QString, u"Could not write to /x/z.ismig"_s));
        QCOMPARE(wizard.findChildren<QMessageBox*>(u"storageErrorBox"_s).size(), 1);
        QVERIFY(box->text().contains(u"/x/z.ismig"_s));
    }
};

QTEST_MAIN(MigrationWizardTest)
#include "migrationwizard_test.moc"
