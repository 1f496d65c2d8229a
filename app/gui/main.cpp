// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "RecentProjects.h"
#include "Translations.h"
#include "Version.h"
#include "demo/DemoProject.h"
#include "project/MigrationProject.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::StringLiterals;


int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"IS Migration Wizard"_s);
    QApplication::setApplicationName(u"is-migration-wizard"_s);
    QApplication::setApplicationDisplayName(QString::fromLatin1(Ismw::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(Ismw::kVersion));
    QApplication::setDesktopFileName(u"is-migration-wizard"_s);
    Ismw::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Moves a WSO2 Identity Server deployment to a newer release, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
        QApplication::translate("main", "Open a demo project over two sample IS homes that the wizard generates."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(u"project"_s, QApplication::translate("main", "A migration project file (*.ismig) to open."),
        u"[project]"_s);
    parser.process(app);

    Ismw::MigrationProject project;
    Ismw::MigrationWizard wizard(&project);
    wizard.show();

    if (parser.isSet(demoOption)) {
        // Generating the sample homes writes a few hundred files: off the GUI thread.
        const QString demoRoot = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                     .filePath(u"demo"_s);
        auto* watcher = new QFutureWatcher<Ismw::DemoResult>(&wizard);
        QObject::connect(watcher, &QFutureWatcher<Ismw::DemoResult>::finished, &wizard, [watcher, &project] {
            const Ismw::DemoResult result = watcher->result();
            watcher->deleteLater();
            if (result.projectPath.isEmpty()) {
                qCritical("%s", qPrintable(result.error));
                return;
            }
            project.openProject(result.projectPath);
        });
        watcher->setFuture(QtConcurrent::run([demoRoot] { return Ismw::createDemoProject(demoRoot); }));
    } else if (!parser.positionalArguments().isEmpty()) {
        project.openProject(parser.positionalArguments().constFirst());
    } else if (const QStringList recent = Ismw::RecentProjects::load();
               !recent.isEmpty() && QFileInfo::exists(recent.constFirst())) {
        project.openProject(recent.constFirst());
    }
    return QApplication::exec();
}
