// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "WizardPage.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Ismw;
using namespace Qt::StringLiterals;

class MigrationWizardTest : public QObject
{
    Q_OBJECT
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
        QStringList buttonTexts;
        for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::HelpButton,
                 QWizard::CancelButton })
            buttonTexts << wizard.buttonText(which);
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
                QVERIFY2(!seen.contains(key),
                    qPrintable(u"page %1: \"%2\" and \"%3\" share %4"_s.arg(id).arg(seen.value(key), text, key.toString())));
                seen.insert(key, text);
            }
            QVERIFY(seen.size() >= 6);
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
