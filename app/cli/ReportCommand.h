// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli report export PROJECT.ismig --environment NAME -o report.pdf
//     [--html F] [--json F] [--sign cert.p12 --pass-stdin] [--run ID]
// is-migration-cli report verify report.pdf [--signature F] [--ca ca.pem]
//
// export reads the project without changing it (a copy is opened, so an
// older project format is upgraded in the copy only) and refuses a project
// the wizard holds open. Exit 0 once written, whatever the verdict ("not
// ready" is the report's finding, not the command's failure); 2 bad input
// (unknown environment, unreadable project, wrong passphrase, a certificate
// that cannot sign); 3 I/O (a missing folder, the project open in the wizard).
// verify: exit 0 verified, 1 verification failed, 2 bad input.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ReportCommand)
public:
    ReportCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

private:
    int runExport(const QStringList& arguments, CommandIo& io);
    int runVerify(const QStringList& arguments, CommandIo& io);
    // Reports a failure that is not a usage error: on stderr, and for
    // --format json also as the one object on stdout.
    int failure(CommandIo& io, OutputFormat format, int exitCode, const QString& problem,
        const QString& message) const;
};

} // namespace Ismw
