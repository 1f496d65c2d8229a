// SPDX-License-Identifier: Apache-2.0
#include "CheckCommand.h"

#include "ExitCode.h"
#include "checks/PrerequisiteCheck.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

QString statusSymbol(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"\u2714"_s;
    case CheckStatus::Warning:
        return u"\u26a0"_s;
    case CheckStatus::Blocker:
        return u"\u2716"_s;
    case CheckStatus::NotApplicable:
        break;
    }
    return u"\u2013"_s;
}

// Continuation lines under a check, so that long messages stay readable in
// a terminal and in CI logs.
QString indented(const QString& text, const QString& indent)
{
    QString out;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        out += indent;
        out += line;
        out += u'\n';
    }
    return out;
}

} // namespace

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::synopsis() const
{
    return u"check OLD_HOME NEW_HOME [--format text|json]"_s;
}

QString CheckCommand::summary() const
{
    return tr(
        "Prerequisites of a migration: homes, path, disk and memory, Java, customizations to carry over.");
}

int CheckCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(u"OLD_HOME"_s, tr("The IS home migrated from."));
    parser.addPositionalArgument(u"NEW_HOME"_s, tr("The IS home of the newer release, freshly unpacked."));

    const std::expected<OutputFormat, int> output = parseArguments(parser, arguments, io);
    if (!output)
        return output.error();
    const QStringList homes = parser.positionalArguments();
    if (homes.size() != 2)
        return usageError(
            io, *output, tr("two IS homes needed, the old one and the new one; got %1.").arg(homes.size()));

    // The Java probe looks at this process's JAVA_HOME and PATH: those of the
    // shell that would start the servers.
    const PrerequisiteReport report = runPrerequisiteChecks(homes.at(0), homes.at(1));

    if (*output == OutputFormat::Json) {
        QJsonObject object = toJson(report);
        // ok: the checks ran; what they found is in blockers, warnings and checks.
        object.insert(u"ok"_s, true);
        object.insert(u"command"_s, name());
        writeJson(io, object);
    } else {
        const auto homeLine = [](const IsHomeInspection& home) {
            const QString path
                = QDir::toNativeSeparators(home.canonicalPath.isEmpty() ? home.path : home.canonicalPath);
            return home.ok && !home.release.isNull() ? tr("%1 (IS %2)").arg(path, home.releaseString())
                                                     : path;
        };
        io.out << tr("Prerequisites: %1 \u2192 %2").arg(homeLine(report.oldHome), homeLine(report.newHome))
               << u'\n';
        bool first = true;
        CheckCategory category = CheckCategory::Homes;
        for (const PrerequisiteCheck& check : report.checks) {
            if (first || check.category != category) {
                category = check.category;
                first = false;
                io.out << u'\n' << checkCategoryName(category) << u'\n';
            }
            QString title = check.title;
            if (check.needsDecision && !check.action.isEmpty())
                title += u"  ["_s + check.action + u']';
            io.out << u"  "_s << statusSymbol(check.status) << u' ' << title << u'\n';
            if (!check.message.isEmpty())
                io.out << indented(check.message, u"      "_s);
            if (!check.fixHint.isEmpty())
                io.out << indented(tr("Fix: %1").arg(check.fixHint), u"      "_s);
        }
        io.out << u'\n'
               //: The summary line: %1 blockers, %2 warnings and %3 passed checks, each counted in its own message.
               << tr("%1, %2, %3.")
                      .arg(tr("%n blocker(s)", nullptr, int(report.count(CheckStatus::Blocker))),
                          tr("%n warning(s)", nullptr, int(report.count(CheckStatus::Warning))),
                          tr("%n passed", nullptr, int(report.count(CheckStatus::Pass))))
               << u'\n';
    }
    io.out.flush();
    if (io.out.status() != QTextStream::Ok) {
        io.err << QCoreApplication::applicationName() << u": "_s << name() << u": "_s
               << tr("could not write the report.") << u'\n';
        io.err.flush();
        return ExitIoFailure;
    }

    if (report.hasBlockers() || report.count(CheckStatus::Warning) > 0)
        return ExitFindings;
    return ExitOk;
}

} // namespace Ismw
