// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"
#include "Translations.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"is-migration-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(Ismw::kVersion));
    Ismw::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Ismw::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
