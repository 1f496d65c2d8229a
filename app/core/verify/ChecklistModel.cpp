// SPDX-License-Identifier: Apache-2.0
#include "verify/ChecklistModel.h"

#include "project/MigrationProject.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// Case rows carry their group's row + 1 as internal id; group rows carry 0.
constexpr quintptr kGroupRow = 0;

bool sameItem(const ChecklistItem& a, const ChecklistItem& b)
{
    return a.id == b.id && a.runId == b.runId && a.title == b.title && a.category == b.category
        && a.status == b.status && a.notes == b.notes && a.at == b.at && a.key == b.key && a.kind == b.kind
        && a.steps == b.steps && a.expected == b.expected && a.source == b.source
        && a.updatedBy == b.updatedBy && a.position == b.position && a.evidence == b.evidence;
}

// The status a group shows: the one that needs attention first.
ChecklistStatus worstStatus(const QList<ChecklistItem>& items)
{
    static constexpr ChecklistStatus kOrder[] = { ChecklistStatus::Failed, ChecklistStatus::Blocked,
        ChecklistStatus::NotRun, ChecklistStatus::Passed };
    for (const ChecklistStatus status : kOrder)
        if (std::ranges::any_of(items, [status](const ChecklistItem& i) { return i.status == status; }))
            return status;
    return ChecklistStatus::NotApplicable;
}

bool tierAtMost(Tier tier, Tier limit)
{
    return tier == Tier::Custom || limit == Tier::Custom || int(tier) <= int(limit);
}

QString described(const ChecklistItem& item)
{
    return u"“%1” (%2)"_s.arg(item.title, item.key);
}

} // namespace

ChecklistModel::ChecklistModel(MigrationProject* project, QObject* parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    for (auto signal : { &MigrationProject::opened, &MigrationProject::closed, &MigrationProject::runsChanged,
             &MigrationProject::checklistChanged })
        connect(project, signal, this, &ChecklistModel::sync);
    sync();
}

void ChecklistModel::sync()
{
    if (m_batch)
        return;
    qint64 runId = 0;
    if (m_project && m_project->isOpen())
        if (const auto run = m_project->currentRun())
            runId = run->id;
    QList<Group> groups;
    QList<ChecklistItem> all;
    if (runId != 0) {
        all = m_project->checklistOf(runId);
        for (const ChecklistItem& item : std::as_const(all)) {
            auto it = std::ranges::find(groups, item.category, &Group::name);
            if (it == groups.end())
                groups.append({ item.category, { item } });
            else
                it->items.append(item);
        }
    }
    if (runId != m_runId || !applyIncrementally(groups)) {
        beginResetModel();
        m_runId = runId;
        m_groups = groups;
        endResetModel();
    }
    const Tally tally = tallyOf(all);
    if (tally != m_tally) {
        m_tally = tally;
        Q_EMIT tallyChanged();
    }
}

// Changed cases become dataChanged, cases appended to a group or new groups
// at the end become inserted rows; anything else (a removal, a move) is left
// to a reset. False when a reset is needed; nothing is changed then.
bool ChecklistModel::applyIncrementally(const QList<Group>& groups)
{
    if (groups.size() < m_groups.size())
        return false;
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<ChecklistItem>& before = m_groups[g].items;
        const QList<ChecklistItem>& after = groups[g].items;
        if (groups[g].name != m_groups[g].name || after.size() < before.size())
            return false;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (before[i].id != after[i].id)
                return false;
    }
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        QList<ChecklistItem>& items = m_groups[g].items;
        const QList<ChecklistItem>& after = groups[g].items;
        bool groupChanged = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (sameItem(items[i], after[i]))
                continue;
            items[i] = after[i];
            groupChanged = true;
            Q_EMIT dataChanged(
                index(int(i), 0, index(int(g), 0)), index(int(i), ColumnCount - 1, index(int(g), 0)));
        }
        if (after.size() > items.size()) {
            beginInsertRows(index(int(g), 0), int(items.size()), int(after.size() - 1));
            items.append(after.mid(items.size()));
            endInsertRows();
            groupChanged = true;
        }
        if (groupChanged) // the tallies on the group row
            Q_EMIT dataChanged(index(int(g), 0), index(int(g), ColumnCount - 1));
    }
    if (groups.size() > m_groups.size()) {
        beginInsertRows({}, int(m_groups.size()), int(groups.size() - 1));
        m_groups.append(groups.mid(m_groups.size()));
        endInsertRows();
    }
    return true;
}

ChecklistModel::Tally ChecklistModel::tallyOf(const QList<ChecklistItem>& items) const
{
    Tally tally;
    for (const ChecklistItem& item : items) {
        ++tally.total;
        switch (item.status) {
        case ChecklistStatus::NotRun:
            ++tally.notRun;
            break;
        case ChecklistStatus::Passed:
            ++tally.passed;
            break;
        case ChecklistStatus::Failed:
            ++tally.failed;
            break;
        case ChecklistStatus::Blocked:
            ++tally.blocked;
            break;
        case ChecklistStatus::NotApplicable:
            ++tally.notApplicable;
            break;
        }
    }
    return tally;
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1))
                            : createIndex(row, column, kGroupRow);
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_groups.value(parent.row()).items.size());
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kGroupRow)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            if (index.column() == TitleColumn)
                return group.name;
            if (index.column() == StatusColumn)
                return tallyText(tallyOf(group.items));
            return {};
        case ItemIdRole:
            return qint64(0);
        case StatusRole:
            return int(worstStatus(group.items));
        case IsGroupRole:
            return true;
        case KeyRole:
            return QString();
        }
        return {};
    }

    const ChecklistItem& item = m_groups.at(index.internalId() - 1).items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title;
        case KindColumn:
            return kindText(item.kind);
        case StatusColumn:
            return statusText(item.status);
        case ChangedColumn: {
            const QString when = item.at.isValid()
                ? QLocale().toString(item.at.toLocalTime(), QLocale::ShortFormat)
                : QString();
            return item.updatedBy.isEmpty() ? when : u"%1 · %2"_s.arg(item.updatedBy, when);
        }
        case EvidenceColumn:
            return int(item.evidence.size());
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == EvidenceColumn) {
            QStringList lines;
            for (const EvidenceFile& file : item.evidence)
                lines
                    << tr("%1 (SHA-256 %2…)").arg(QDir::toNativeSeparators(file.path), file.sha256.left(16));
            return lines.join(u'\n');
        }
        QStringList parts;
        if (!item.steps.isEmpty())
            parts << tr("Steps: %1").arg(item.steps);
        if (!item.expected.isEmpty())
            parts << tr("Expected: %1").arg(item.expected);
        if (!item.notes.isEmpty())
            parts << tr("Notes: %1").arg(item.notes);
        return parts.isEmpty() ? item.title : parts.join(u"\n\n"_s);
    }
    case ItemIdRole:
        return item.id;
    case StatusRole:
        return int(item.status);
    case IsGroupRole:
        return false;
    case KeyRole:
        return item.key;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Test case");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        //: Column header: when the test case's result was last changed.
        return tr("Changed");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(StatusRole, "status");
    names.insert(IsGroupRole, "isGroup");
    names.insert(KeyRole, "key");
    return names;
}

QString ChecklistModel::statusText(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::NotRun:
        return tr("○ Not run");
    case ChecklistStatus::Passed:
        return tr("✔ Passed");
    case ChecklistStatus::Failed:
        return tr("✘ Failed");
    case ChecklistStatus::Blocked:
        return tr("⛔ Blocked");
    case ChecklistStatus::NotApplicable:
        return tr("— Not applicable");
    }
    return {};
}

QString ChecklistModel::kindText(const QString& kind)
{
    if (kind == kNonFunctionalKind)
        return tr("Non-functional");
    if (kind == kFunctionalKind)
        return tr("Functional");
    return kind;
}

QString ChecklistModel::tallyText(const Tally& tally)
{
    QString text = tr("%1 of %n passed", nullptr, tally.total).arg(tally.passed);
    if (tally.failed > 0)
        text += u", "_s + tr("%n failed", nullptr, tally.failed);
    if (tally.blocked > 0)
        text += u", "_s + tr("%n blocked", nullptr, tally.blocked);
    return text;
}

const ChecklistItem* ChecklistModel::find(qint64 id) const
{
    for (const Group& group : m_groups)
        for (const ChecklistItem& item : group.items)
            if (item.id == id)
                return &item;
    return nullptr;
}

std::optional<ChecklistItem> ChecklistModel::item(qint64 id) const
{
    const ChecklistItem* found = find(id);
    return found ? std::optional(*found) : std::nullopt;
}

std::optional<ChecklistItem> ChecklistModel::itemAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == kGroupRow)
        return std::nullopt;
    return m_groups.at(index.internalId() - 1).items.at(index.row());
}

QModelIndex ChecklistModel::indexOf(qint64 id) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        for (qsizetype i = 0; i < m_groups[g].items.size(); ++i)
            if (m_groups[g].items[i].id == id)
                return createIndex(int(i), 0, quintptr(g + 1));
    return {};
}

bool ChecklistModel::save(const ChecklistItem& item, const QString& event, const QString& details)
{
    // The item is a copy: saving re-syncs the model, which replaces what
    // find() pointed at.
    if (!m_project || m_project->saveChecklistItem(item) == 0)
        return false;
    m_project->journal(event, details);
    return true;
}

bool ChecklistModel::setStatus(qint64 id, ChecklistStatus status, const QString& notes)
{
    const std::optional<ChecklistItem> before = item(id);
    const QString given = notes.trimmed();
    if (!before
        || ((status == ChecklistStatus::Failed || status == ChecklistStatus::Blocked) && given.isEmpty()))
        return false;
    ChecklistItem changed = *before;
    changed.status = status;
    if (!given.isEmpty())
        changed.notes = given;
    if (changed.status == before->status && changed.notes == before->notes)
        return true;
    QString details
        = tr("%1: %2 → %3.")
              .arg(described(*before), checklistStatusKey(before->status), checklistStatusKey(status));
    if (!given.isEmpty())
        details += u' ' + tr("Notes: %1").arg(given);
    return save(changed, u"checklist.status"_s, details);
}

bool ChecklistModel::setNotes(qint64 id, const QString& notes)
{
    const std::optional<ChecklistItem> before = item(id);
    const QString given = notes.trimmed();
    if (!before
        || ((before->status == ChecklistStatus::Failed || before->status == ChecklistStatus::Blocked)
            && given.isEmpty()))
        return false;
    if (given == before->notes)
        return true;
    ChecklistItem changed = *before;
    changed.notes = given;
    return save(changed, u"checklist.notes"_s,
        given.isEmpty() ? tr("%1: notes removed.").arg(described(*before))
                        : tr("%1: notes changed. Notes: %2").arg(described(*before), given));
}

bool ChecklistModel::addEvidence(qint64 id, const EvidenceFile& file)
{
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    const std::optional<ChecklistItem> before = item(id);
    if (!before || file.path.isEmpty() || !sha256.match(file.sha256).hasMatch()
        || before->evidence.contains(file))
        return false;
    ChecklistItem changed = *before;
    changed.evidence.append(file);
    return save(changed, u"checklist.evidence-added"_s,
        tr("%1: evidence %2 attached (SHA-256 %3, %4 bytes).")
            .arg(described(*before), QDir::toNativeSeparators(file.path), file.sha256,
                QString::number(file.size)));
}

bool ChecklistModel::removeEvidence(qint64 id, int index)
{
    const std::optional<ChecklistItem> before = item(id);
    if (!before || index < 0 || index >= before->evidence.size())
        return false;
    ChecklistItem changed = *before;
    const EvidenceFile removed = changed.evidence.takeAt(index);
    return save(changed, u"checklist.evidence-removed"_s,
        tr("%1: evidence %2 (SHA-256 %3) removed.")
            .arg(described(*before), QDir::toNativeSeparators(removed.path), removed.sha256));
}

std::optional<ChecklistItem> ChecklistModel::prepare(const ChecklistCase& c, const QString& source) const
{
    const std::optional<QString> kind = normalizedChecklistKind(c.kind);
    ChecklistItem item;
    item.title = c.title.simplified();
    if (!kind || item.title.isEmpty())
        return std::nullopt;
    item.kind = *kind;
    item.key = c.key.trimmed();
    if (item.key.isEmpty())
        item.key = u"custom:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.category = c.group.simplified();
    if (item.category.isEmpty())
        item.category = defaultChecklistGroup();
    item.steps = c.steps.trimmed();
    item.expected = c.expected.trimmed();
    item.source = source;
    return item;
}

QList<qint64> ChecklistModel::insertNew(QList<ChecklistItem> items)
{
    if (!m_project || m_runId == 0)
        return {};
    const QList<ChecklistItem> present = m_project->checklistOf(m_runId);
    QSet<QString> keys;
    int position = 0;
    for (const ChecklistItem& item : present) {
        keys.insert(item.key);
        position = std::max(position, item.position + 1);
    }
    QList<qint64> added;
    m_batch = true;
    for (ChecklistItem& item : items) {
        if (keys.contains(item.key))
            continue;
        keys.insert(item.key);
        item.id = 0;
        if (item.position < 0)
            item.position = position++;
        if (const qint64 id = m_project->saveChecklistItem(item))
            added.append(id);
    }
    m_batch = false;
    sync();
    return added;
}

qint64 ChecklistModel::addCase(const ChecklistCase& c, const QString& source)
{
    std::optional<ChecklistItem> prepared = prepare(c, source);
    if (!prepared || !m_project || m_runId == 0)
        return 0;
    for (const ChecklistItem& present : m_project->checklistOf(m_runId))
        if (present.key == prepared->key)
            return present.id;
    prepared->position = -1;
    const QList<qint64> added = insertNew({ *prepared });
    if (added.isEmpty())
        return 0;
    m_project->journal(u"checklist.case-added"_s,
        tr("%1 added to the group “%2” (%3).").arg(described(*prepared), prepared->category, source));
    return added.first();
}

int ChecklistModel::addCases(const QList<ChecklistCase>& cases, const QString& source)
{
    QList<ChecklistItem> items;
    for (const ChecklistCase& c : cases) {
        if (std::optional<ChecklistItem> prepared = prepare(c, source)) {
            prepared->position = -1;
            items.append(*prepared);
        }
    }
    const int added = int(insertNew(items).size());
    if (added > 0)
        m_project->journal(u"checklist.cases-added"_s,
            tr("%n test case(s) added (%1); %2 already in the checklist or not valid.", nullptr, added)
                .arg(source)
                .arg(cases.size() - added));
    return added;
}

bool ChecklistModel::removeCase(qint64 id)
{
    const std::optional<ChecklistItem> before = item(id);
    if (!before || !m_project || !m_project->removeChecklistItem(id))
        return false;
    m_project->journal(u"checklist.case-removed"_s,
        tr("%1 removed; its status was %2.").arg(described(*before), checklistStatusKey(before->status)));
    return true;
}

std::optional<Run> ChecklistModel::carryOverSource() const
{
    if (!m_project)
        return std::nullopt;
    const std::optional<Run> current = m_project->currentRun();
    const std::optional<Environment> environment = m_project->currentEnvironment();
    if (!current || !environment)
        return std::nullopt;
    QSet<qint64> runsWithCases;
    for (const ChecklistItem& item : m_project->checklist())
        runsWithCases.insert(item.runId);
    std::optional<Run> best;
    for (const Run& run : m_project->runs()) {
        if (run.id == current->id || !runsWithCases.contains(run.id))
            continue;
        const std::optional<Environment> from = m_project->environment(run.environmentId);
        if (!from || !tierAtMost(from->tier, environment->tier))
            continue;
        if (!best || std::pair(run.startedAt, run.id) > std::pair(best->startedAt, best->id))
            best = run;
    }
    return best;
}

int ChecklistModel::carryOver()
{
    const std::optional<Run> source = carryOverSource();
    if (!source)
        return 0;
    QList<ChecklistItem> items;
    const bool empty = m_tally.total == 0;
    for (const ChecklistItem& from : m_project->checklistOf(source->id)) {
        ChecklistItem item;
        item.key = from.key;
        item.category = from.category;
        item.kind = from.kind;
        item.title = from.title;
        item.steps = from.steps;
        item.expected = from.expected;
        item.source = from.source;
        // Into an empty checklist the cases keep their order exactly; after
        // cases already there they follow in their order.
        item.position = empty ? from.position : -1;
        items.append(item);
    }
    const int added = int(insertNew(items).size());
    if (added > 0) {
        const std::optional<Environment> environment = m_project->environment(source->environmentId);
        m_project->journal(u"checklist.carried-over"_s,
            tr("%n test case(s) carried over from %1 (run %2, started %3 by %4); they start again as not "
               "run.",
                nullptr, added)
                .arg(environment ? environment->name : QString())
                .arg(source->id)
                .arg(source->startedAt.toUTC().toString(Qt::ISODate), source->operatorName));
    }
    return added;
}

} // namespace Ismw
