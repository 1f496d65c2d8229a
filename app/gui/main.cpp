// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "RecentProjects.h"
#include "SettingsDialog.h"
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


namespace {

// --help and --version only print: they must work without a display (over
// ssh, in a package test, when help2man reads them), so they get a
// QCoreApplication; everything else needs the window system.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"IS Migration Wizard"_s);
    QCoreApplication::setApplicationName(u"is-migration-wizard"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Ismw::kVersion));
}

struct Options {
    QCommandLineOption demo { u"demo"_s,
        QCoreApplication::translate("main", "Open a demo project over two sample IS homes that the wizard generates.") };
};

void setUpParser(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Moves a WSO2 Identity Server deployment to a newer release, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addPositionalArgument(u"project"_s,
        QCoreApplication::translate("main", "A migration project file (*.ismig) to open."), u"[project]"_s);
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Ismw::installTranslations(app, Ismw::SettingsDialog::configuredLanguage());
        const Options options;
        QCommandLineParser parser;
        setUpParser(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QString::fromLatin1(Ismw::kApplicationName));
    // The desktop file's name is the application id (Wayland matches the
    // window to its desktop entry and icon by it).
    QApplication::setDesktopFileName(u"io.github.ismw.IsMigrationWizard"_s);
    Ismw::installTranslations(app, Ismw::SettingsDialog::configuredLanguage());

    const Options options;
    QCommandLineParser parser;
    setUpParser(parser, options);
    parser.process(app);

    Ismw::MigrationProject project;
    Ismw::MigrationWizard wizard(&project);
    wizard.show();

    if (parser.isSet(options.demo)) {
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
