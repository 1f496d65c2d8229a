// SPDX-License-Identifier: Apache-2.0
#include "ConfigOutput.h"

#include "ExitCode.h"
#include "checks/IsRelease.h"
#include "config/ConfigJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ismw {

int ConfigOutput::reportError(CommandIo& io, OutputFormat format, const QString& command, const ConfigError& error)
{
    io.err << QCoreApplication::applicationName() << u": "_s << command << u": "_s << error.toString() << u'\n';
    if (!error.hint.isEmpty())
        io.err << u"  "_s << error.hint << u'\n';
    if (!error.detail.isEmpty())
        io.err << error.detail << u'\n';
    io.err.flush();
    if (format == OutputFormat::Json) {
        QJsonObject object = toJson(error);
        object.insert(u"ok"_s, false);
        object.insert(u"error"_s, error.toString());
        io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        io.out.flush();
    }
    return error.problem == ConfigError::Problem::Io ? ExitIoFailure : ExitUsage;
}

QString ConfigOutput::changeText(const ConfigChange& change)
{
    const QString oldValue = displayValue(change.path, change.oldValue);
    const QString newValue = displayValue(change.path, change.newValue);
    const QString oldLine = change.oldPos.isValid() ? QString::number(change.oldPos.line) : u"-"_s;
    const QString newLine = change.newPos.isValid() ? QString::number(change.newPos.line) : u"-"_s;
    switch (change.kind) {
    case ChangeKind::Added:
        return tr("+ %1 = %2   (new line %3)").arg(change.path, newValue, newLine);
    case ChangeKind::Removed:
        return tr("- %1 = %2   (old line %3)").arg(change.path, oldValue, oldLine);
    case ChangeKind::Changed:
        return tr("~ %1: %2 → %3   (lines %4 → %5)").arg(change.path, oldValue, newValue, oldLine, newLine);
    case ChangeKind::TypeChanged:
        return tr("! %1: %2 (%3) → %4 (%5)   (lines %6 → %7)")
            .arg(change.path, oldValue, change.oldType, newValue, change.newType, oldLine, newLine);
    case ChangeKind::Moved:
        return tr("> %1 moved   (lines %2 → %3)").arg(change.path, oldLine, newLine);
    case ChangeKind::CommentChanged:
        return tr("# %1: comments changed   (lines %2 → %3)").arg(change.path, oldLine, newLine);
    }
    return change.path;
}

QString ConfigOutput::findingText(const ConfigFinding& finding, bool fixed)
{
    const QString where = finding.pos.isValid() ? tr("%1, line %2").arg(finding.path).arg(finding.pos.line)
                                                : finding.path;
    QString text = u"%1 [%2] %3\n    %4"_s.arg(severityName(finding.severity).toUpper(), finding.ruleId, where,
        finding.message);
    if (!finding.remediation.isEmpty())
        text += u"\n    → "_s + finding.remediation;
    if (fixed)
        text += u"\n    ✔ "_s + tr("Fixed in the written file by the edit %1.").arg(finding.editId);
    return text;
}

QString ConfigOutput::findingsSummary(const QList<ConfigFinding>& findings)
{
    if (findings.isEmpty())
        return tr("no findings");
    int counts[3] = { 0, 0, 0 };
    for (const ConfigFinding& finding : findings)
        ++counts[int(finding.severity)];
    QStringList parts;
    if (counts[2] > 0)
        parts << tr("%n blocker(s)", nullptr, counts[2]);
    if (counts[1] > 0)
        parts << tr("%n warning(s)", nullptr, counts[1]);
    if (counts[0] > 0)
        parts << tr("%n info", nullptr, counts[0]);
    return tr("%n finding(s): %1", nullptr, int(findings.size())).arg(parts.join(u", "_s));
}

QVersionNumber ConfigOutput::parseRelease(const QString& text, QString* error)
{
    const QVersionNumber version = parseReleaseVersion(text);
    if (version.isNull())
        *error = tr("“%1” is not a release: write it like 7.3.0.").arg(text);
    return version;
}

} // namespace Ismw
