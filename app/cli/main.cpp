// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"
#include "Translations.h"
#include "Version.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // QGuiApplication for the report's PDF (QTextDocument, QPdfWriter). The
    // CLI runs on servers without a display: offscreen unless the caller
    // chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"is-migration-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(Ismw::kVersion));
    Ismw::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Ismw::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
