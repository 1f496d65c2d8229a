// SPDX-License-Identifier: Apache-2.0
// Writes a sample IS home, for trying the CLI and the wizard by hand:
//   sample-home DIR RELEASE [--custom] [--h2|--postgresql] [--secrets]
#include "demo/SampleHome.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    Ismw::SampleHomeOptions options;
    options.customizations = args.removeAll(u"--custom"_s) > 0;
    options.secretReferences = args.removeAll(u"--secrets"_s) > 0;
    if (args.removeAll(u"--h2"_s) > 0)
        options.database = Ismw::SampleDatabase::H2;
    if (args.removeAll(u"--postgresql"_s) > 0)
        options.database = Ismw::SampleDatabase::PostgreSql;
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: sample-home DIR RELEASE [--custom] [--h2|--postgresql] [--secrets]\n");
        return 2;
    }
    QString error;
    if (!Ismw::writeSampleIsHome(args.at(0), args.at(1), options, &error)) {
        std::fprintf(stderr, "sample-home: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
