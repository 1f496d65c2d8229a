// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"

#include <QList>
#include <QString>
#include <expected>
#include <optional>

namespace Ismw {

// The definition of a verification test case, before it belongs to a run:
// what the templates, a CSV import, the customization checks and the
// operator's own input all produce, and what ChecklistModel::addCase takes.
struct ChecklistCase
{
    QString key; // stable across runs: "login.basic", "csv:…", "customization:custom.…"
    QString group;
    QString kind; // "functional" or "non-functional"
    QString title;
    QString steps;
    QString expected;

    friend bool operator==(const ChecklistCase&, const ChecklistCase&) = default;
};

inline constexpr QLatin1StringView kFunctionalKind { "functional" };
inline constexpr QLatin1StringView kNonFunctionalKind { "non-functional" };

// The stored kind for what people write in a spreadsheet: "functional",
// "Non functional", "NFR", "nf" …; empty means functional. Nothing for
// anything else.
std::optional<QString> normalizedChecklistKind(const QString& text);

// The group of the operator's own cases that name none (translated).
QString defaultChecklistGroup();

// Reads a template file (format: resources/checklists/README.md). Strict: an
// unknown key, a missing id or title, a duplicate id or an unknown kind
// refuses the whole file with a message naming the file, line and case.
std::expected<QList<ChecklistCase>, QString> loadChecklistTemplates(const QString& path);

// The templates compiled in (":/checklists/templates.toml"), read once. The
// file is part of the program, so a broken one is a bug: it is logged and the
// list is empty (the unit test keeps that from shipping).
const QList<ChecklistCase>& builtInChecklistTemplates();

// One case per customization the Prerequisites page found (check ids
// "custom.*"), so that each custom component gets tested on the new server;
// none for those the operator marked not needed. With several records of one
// check, the latest decides.
QList<ChecklistCase> customizationCases(const QList<CheckRecord>& checks);

} // namespace Ismw
