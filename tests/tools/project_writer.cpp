// SPDX-License-Identifier: Apache-2.0
// Commits changes to a project file through MigrationProject, one at a time,
// and prints "committed N" after each change is on disk. The crash test
// kills it with SIGKILL at some point and checks that every reported change
// survived.
//
//   project-writer PROJECT.ismig COUNT
#include "project/MigrationProject.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: project-writer PROJECT.ismig COUNT\n");
        return 2;
    }
    Ismw::MigrationProject project;
    QSignalSpy opened(&project, &Ismw::MigrationProject::opened);
    QSignalSpy failed(&project, &Ismw::MigrationProject::openFailed);
    // A write that fails must fail the test, not vanish into a log.
    QObject::connect(&project, &Ismw::MigrationProject::storageFailed, [](const QString& message) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(message));
        std::_Exit(4);
    });
    project.createProject(args[1], u"crash test"_s);
    while (opened.isEmpty() && failed.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failed.constFirst().constFirst().toString()));
        return 3;
    }
    if (project.startRun(Ismw::Tier::Development, {}, u"writer"_s) == 0)
        return 3;
    const int count = args[2].toInt();
    for (int i = 1; i <= count; ++i) {
        project.journal(u"test.step"_s, u"step %1"_s.arg(i));
        Ismw::CheckRecord check;
        check.checkId = u"step.%1"_s.arg(i);
        check.summary = u"check of step %1"_s.arg(i);
        project.addCheck(check);
        project.waitForWrites();
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
