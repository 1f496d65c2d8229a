// SPDX-License-Identifier: Apache-2.0
#include "project/ProjectTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// The keys are what the project file stores: never translate or rename them.
template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QLatin1StringView>, N>& table, Enum value)
{
    for (const auto& [e, key] : table)
        if (e == value)
            return QString(key);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, QLatin1StringView>, N>& table, const QString& key)
{
    for (const auto& [e, k] : table)
        if (k == key)
            return e;
    return std::nullopt;
}

constexpr std::array kTierKeys {
    std::pair { Tier::Development, QLatin1StringView("dev") },
    std::pair { Tier::Test, QLatin1StringView("test") },
    std::pair { Tier::PreProduction, QLatin1StringView("pre-prod") },
    std::pair { Tier::Production, QLatin1StringView("prod") },
    std::pair { Tier::Custom, QLatin1StringView("custom") },
};

constexpr std::array kRunStatusKeys {
    std::pair { RunStatus::InProgress, QLatin1StringView("in-progress") },
    std::pair { RunStatus::Completed, QLatin1StringView("completed") },
    std::pair { RunStatus::RolledBack, QLatin1StringView("rolled-back") },
    std::pair { RunStatus::Abandoned, QLatin1StringView("abandoned") },
};

constexpr std::array kCheckStatusKeys {
    std::pair { CheckStatus::Pass, QLatin1StringView("pass") },
    std::pair { CheckStatus::Warning, QLatin1StringView("warning") },
    std::pair { CheckStatus::Blocker, QLatin1StringView("blocker") },
    std::pair { CheckStatus::NotApplicable, QLatin1StringView("n/a") },
};

constexpr std::array kChecklistStatusKeys {
    std::pair { ChecklistStatus::NotRun, QLatin1StringView("not-run") },
    std::pair { ChecklistStatus::Passed, QLatin1StringView("passed") },
    std::pair { ChecklistStatus::Failed, QLatin1StringView("failed") },
    std::pair { ChecklistStatus::Blocked, QLatin1StringView("blocked") },
    std::pair { ChecklistStatus::NotApplicable, QLatin1StringView("n/a") },
};

} // namespace

QString tierKey(Tier tier) { return keyOf(kTierKeys, tier); }
std::optional<Tier> tierFromKey(const QString& key) { return fromKey(kTierKeys, key); }

QList<Tier> allTiers()
{
    return { Tier::Development, Tier::Test, Tier::PreProduction, Tier::Production, Tier::Custom };
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Development:
        return QCoreApplication::translate("Ismw::Tier", "Development");
    case Tier::Test:
        return QCoreApplication::translate("Ismw::Tier", "Test");
    case Tier::PreProduction:
        return QCoreApplication::translate("Ismw::Tier", "Pre-production");
    case Tier::Production:
        return QCoreApplication::translate("Ismw::Tier", "Production");
    case Tier::Custom:
        return QCoreApplication::translate("Ismw::Tier", "Custom");
    }
    return {};
}

QString runStatusKey(RunStatus status) { return keyOf(kRunStatusKeys, status); }
std::optional<RunStatus> runStatusFromKey(const QString& key) { return fromKey(kRunStatusKeys, key); }

QString runStatusDisplayName(RunStatus status)
{
    switch (status) {
    case RunStatus::InProgress:
        return QCoreApplication::translate("Ismw::RunStatus", "In progress");
    case RunStatus::Completed:
        return QCoreApplication::translate("Ismw::RunStatus", "Completed");
    case RunStatus::RolledBack:
        return QCoreApplication::translate("Ismw::RunStatus", "Rolled back");
    case RunStatus::Abandoned:
        return QCoreApplication::translate("Ismw::RunStatus", "Abandoned");
    }
    return {};
}

QString checkStatusKey(CheckStatus status) { return keyOf(kCheckStatusKeys, status); }
std::optional<CheckStatus> checkStatusFromKey(const QString& key) { return fromKey(kCheckStatusKeys, key); }

QString checklistStatusKey(ChecklistStatus status) { return keyOf(kChecklistStatusKeys, status); }
std::optional<ChecklistStatus> checklistStatusFromKey(const QString& key)
{
    return fromKey(kChecklistStatusKeys, key);
}

namespace {

QJsonValue countToJson(qint64 count) { return count < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(count); }

qint64 countFromJson(const QJsonValue& value)
{
    // Anything but a whole number ≥ 0 (null, text, a fraction) is "not counted".
    if (!value.isDouble())
        return -1;
    const qint64 count = value.toInteger(-1);
    return count < 0 ? -1 : count;
}

} // namespace

QString cleanupKnobsToText(const QMap<QString, QString>& knobs)
{
    QJsonObject object;
    for (auto it = knobs.cbegin(); it != knobs.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> cleanupKnobsFromText(const QString& text)
{
    QMap<QString, QString> knobs;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        knobs.insert(it.key(), it.value().toVariant().toString());
    return knobs;
}

QString cleanupTablesToText(const QList<CleanupTableRecord>& tables)
{
    QJsonArray array;
    for (const CleanupTableRecord& table : tables)
        array.append(QJsonObject { { u"table"_s, table.table },
            { u"rows"_s, countToJson(table.rows) },
            { u"eligible"_s, countToJson(table.eligible) },
            { u"rowsAfter"_s, countToJson(table.rowsAfter) } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CleanupTableRecord> cleanupTablesFromText(const QString& text)
{
    QList<CleanupTableRecord> tables;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        tables.append({ object.value(u"table"_s).toString(), countFromJson(object.value(u"rows"_s)),
            countFromJson(object.value(u"eligible"_s)),
            countFromJson(object.value(u"rowsAfter"_s)) });
    }
    return tables;
}

QString evidenceToText(const QList<EvidenceFile>& evidence)
{
    QJsonArray array;
    for (const EvidenceFile& file : evidence)
        array.append(QJsonObject { { u"path"_s, file.path }, { u"sha256"_s, file.sha256 },
            { u"size"_s, file.size < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(file.size) },
            { u"addedAt"_s, file.addedAt.toUTC().toString(Qt::ISODateWithMs) } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<EvidenceFile> evidenceFromText(const QString& text)
{
    QList<EvidenceFile> evidence;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        evidence.append({ object.value(u"path"_s).toString(), object.value(u"sha256"_s).toString(),
            countFromJson(object.value(u"size"_s)),
            QDateTime::fromString(object.value(u"addedAt"_s).toString(), Qt::ISODateWithMs) });
    }
    return evidence;
}

} // namespace Ismw
