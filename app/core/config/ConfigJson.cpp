// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigJson.h"

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

QJsonValue lineValue(const SourcePos& pos)
{
    return pos.isValid() ? QJsonValue(pos.line) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString& path, const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(displayValue(path, value));
}

} // namespace

QString editKindName(ProposedEdit::Kind kind)
{
    switch (kind) {
    case ProposedEdit::Kind::Rename:
        return u"rename"_s;
    case ProposedEdit::Kind::Set:
        return u"set"_s;
    case ProposedEdit::Kind::Remove:
        return u"remove"_s;
    case ProposedEdit::Kind::AddFromDefault:
        return u"add-from-default"_s;
    }
    return u"set"_s;
}

QJsonObject toJson(const ConfigChange& change)
{
    return QJsonObject {
        { u"path"_s, change.path },
        { u"kind"_s, changeKindName(change.kind) },
        { u"old"_s, textValue(change.path, change.oldValue) },
        { u"new"_s, textValue(change.path, change.newValue) },
        { u"oldType"_s, change.oldType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(change.oldType) },
        { u"newType"_s, change.newType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(change.newType) },
        { u"oldLine"_s, lineValue(change.oldPos) },
        { u"newLine"_s, lineValue(change.newPos) },
    };
}

QJsonObject toJson(const ConfigFinding& finding)
{
    return QJsonObject {
        { u"rule"_s, finding.ruleId },
        { u"severity"_s, severityName(finding.severity) },
        { u"path"_s, finding.path },
        { u"line"_s, lineValue(finding.pos) },
        { u"step"_s, finding.step },
        { u"message"_s, finding.message },
        { u"remediation"_s, finding.remediation },
        { u"edit"_s, finding.editId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finding.editId) },
    };
}

QJsonObject toJson(const ProposedEdit& edit, bool applied)
{
    return QJsonObject {
        { u"id"_s, edit.id },
        { u"rule"_s, edit.ruleId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(edit.ruleId) },
        { u"kind"_s, editKindName(edit.kind) },
        { u"path"_s, edit.path },
        { u"newPath"_s, edit.newPath },
        { u"old"_s, textValue(edit.path, edit.oldValue) },
        { u"new"_s, textValue(edit.newPath, edit.newValue) },
        { u"severity"_s, severityName(edit.severity) },
        { u"description"_s, edit.description },
        { u"applied"_s, applied },
    };
}

QJsonObject toJson(const ConfigError& error)
{
    return QJsonObject {
        { u"file"_s, error.file },
        { u"line"_s, error.line > 0 ? QJsonValue(error.line) : QJsonValue(QJsonValue::Null) },
        { u"column"_s, error.column > 0 ? QJsonValue(error.column) : QJsonValue(QJsonValue::Null) },
        { u"message"_s, error.message },
        { u"hint"_s, error.hint },
        { u"problem"_s, error.problem == ConfigError::Problem::Io ? u"io"_s : u"input"_s },
    };
}

QJsonArray toJson(const QList<ConfigChange>& changes)
{
    QJsonArray array;
    for (const ConfigChange& change : changes)
        array.append(toJson(change));
    return array;
}

QJsonArray toJson(const QList<ConfigFinding>& findings)
{
    QJsonArray array;
    for (const ConfigFinding& finding : findings)
        array.append(toJson(finding));
    return array;
}

} // namespace Ismw
