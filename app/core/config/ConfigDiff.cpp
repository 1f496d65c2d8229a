// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigDiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Ismw {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return u"added"_s;
    case ChangeKind::Removed:
        return u"removed"_s;
    case ChangeKind::Changed:
        return u"changed"_s;
    case ChangeKind::TypeChanged:
        return u"type-changed"_s;
    case ChangeKind::Moved:
        return u"moved"_s;
    case ChangeKind::CommentChanged:
        return u"comment-changed"_s;
    }
    return u"changed"_s;
}

namespace {

// The table (or array element) a key belongs to: its path without the last key.
QString parentPath(const QString& path)
{
    const QStringList segments = splitConfigPath(path);
    return joinConfigPath(segments.mid(0, segments.size() - 1));
}

// Keys that kept their place among their siblings: the longest common
// subsequence of the shared keys in old and in new order. The others moved.
QSet<QString> keysInPlace(const QStringList& oldOrder, const QStringList& newOrder)
{
    const qsizetype n = oldOrder.size();
    const qsizetype m = newOrder.size();
    // Siblings are few (a table has tens of keys), so the quadratic table is cheap.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = oldOrder[i] == newOrder[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QSet<QString> inPlace;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (oldOrder[i] == newOrder[j]) {
            inPlace.insert(oldOrder[i]);
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return inPlace;
}

bool isEmptyTable(const TomlEntry& entry)
{
    return entry.type == u"table"_s;
}

} // namespace

QList<ConfigChange> diffDocuments(const TomlDocument& oldDoc, const TomlDocument& newDoc, const DiffOptions& options)
{
    struct Placed
    {
        qsizetype anchor; // index in the new document's entries
        int group; // 0: the new entry itself, 1: removals after it
        qsizetype oldIndex;
        ConfigChange change;
    };
    QList<Placed> placed;

    const QList<TomlEntry>& oldEntries = oldDoc.entries();
    const QList<TomlEntry>& newEntries = newDoc.entries();

    // Moves are judged among siblings only: a key that moved to another
    // table is a removal and an addition, not a move.
    QSet<QString> moved;
    if (options.includeOrder) {
        QHash<QString, QStringList> oldSiblings;
        QHash<QString, QStringList> newSiblings;
        for (const TomlEntry& entry : oldEntries)
            if (newDoc.contains(entry.path))
                oldSiblings[parentPath(entry.path)].append(entry.path);
        for (const TomlEntry& entry : newEntries)
            if (oldDoc.contains(entry.path))
                newSiblings[parentPath(entry.path)].append(entry.path);
        for (auto it = oldSiblings.cbegin(); it != oldSiblings.cend(); ++it) {
            const QStringList& newOrder = newSiblings.value(it.key());
            if (it.value() == newOrder)
                continue;
            const QSet<QString> inPlace = keysInPlace(it.value(), newOrder);
            for (const QString& path : it.value())
                if (!inPlace.contains(path))
                    moved.insert(path);
        }
    }

    for (qsizetype i = 0; i < newEntries.size(); ++i) {
        const TomlEntry& entry = newEntries.at(i);
        const TomlEntry* before = oldDoc.find(entry.path);
        ConfigChange change;
        change.path = entry.path;
        change.newValue = entry.value;
        change.newType = entry.type;
        change.newPos = entry.pos;
        if (!before) {
            // `[x]` empty in the new file while the old one has keys under x:
            // the table is there in both, its keys' removals say the rest.
            if (isEmptyTable(entry) && oldDoc.containsPrefix(entry.path))
                continue;
            change.kind = ChangeKind::Added;
        } else {
            change.oldValue = before->value;
            change.oldType = before->type;
            change.oldPos = before->pos;
            if (before->type != entry.type)
                change.kind = ChangeKind::TypeChanged;
            else if (before->value != entry.value)
                change.kind = ChangeKind::Changed;
            else if (moved.contains(entry.path))
                change.kind = ChangeKind::Moved;
            else if (options.includeComments && before->comments != entry.comments)
                change.kind = ChangeKind::CommentChanged;
            else
                continue;
        }
        placed.append({ i, 0, 0, std::move(change) });
    }

    // A removal is listed where the key stood: after the surviving key that
    // preceded it in its own table, else just before that table's first key
    // in the new document, else after whatever preceded it in the old file.
    QHash<QString, qsizetype> firstInTable;
    // Backwards, so the last insert per table, the one kept, is its first key.
    for (auto it = newEntries.crbegin(); it != newEntries.crend(); ++it)
        firstInTable.insert(parentPath(it->path), qsizetype(it->order));
    QHash<QString, qsizetype> lastSurvivorInTable;
    qsizetype anchor = -1;
    for (qsizetype i = 0; i < oldEntries.size(); ++i) {
        const TomlEntry& entry = oldEntries.at(i);
        const QString parent = parentPath(entry.path);
        if (const TomlEntry* after = newDoc.find(entry.path)) {
            anchor = after->order;
            lastSurvivorInTable.insert(parent, after->order);
            continue;
        }
        if (isEmptyTable(entry) && newDoc.containsPrefix(entry.path))
            continue;
        ConfigChange change;
        change.path = entry.path;
        change.kind = ChangeKind::Removed;
        change.oldValue = entry.value;
        change.oldType = entry.type;
        change.oldPos = entry.pos;
        qsizetype place = anchor;
        if (const auto sibling = lastSurvivorInTable.constFind(parent); sibling != lastSurvivorInTable.cend())
            place = *sibling;
        else if (const auto first = firstInTable.constFind(parent); first != firstInTable.cend())
            place = *first - 1;
        placed.append({ place, 1, i, std::move(change) });
    }

    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return std::tie(a.anchor, a.group, a.oldIndex) < std::tie(b.anchor, b.group, b.oldIndex);
    });
    QList<ConfigChange> changes;
    changes.reserve(placed.size());
    for (Placed& p : placed)
        changes.append(std::move(p.change));
    return changes;
}

} // namespace Ismw
