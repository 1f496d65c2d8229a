// SPDX-License-Identifier: Apache-2.0
#include "project/MigrationProject.h"

#include "Logging.h"
#include "project/ProjectStore.h"
#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {


template<typename Record>
qint64 maxId(const QList<Record>& records)
{
    qint64 id = 0;
    for (const Record& record : records)
        id = std::max(id, record.id);
    return id;
}

template<typename Record>
void upsert(QList<Record>& records, const Record& record)
{
    auto it = std::find_if(records.begin(), records.end(), [&](const Record& r) { return r.id == record.id; });
    if (it == records.end())
        records.append(record);
    else
        *it = record;
}

// Who did something before an operator was named for a run (creating the
// project, say): the login name, or a marker when the environment has none.
QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name.isEmpty() ? u"(unknown user)"_s : name;
}

} // namespace

MigrationProject::MigrationProject(QObject* parent)
    : QObject(parent)
{
    m_storeThread.setObjectName(u"ismw-project-store"_s);
    m_storeContext = new QObject;
    m_storeContext->moveToThread(&m_storeThread);
    m_storeThread.start();
    // The store is made on its thread: its SQLite connection belongs there.
    QMetaObject::invokeMethod(m_storeContext, [this] { m_store = new ProjectStore; }, Qt::BlockingQueuedConnection);
}

MigrationProject::~MigrationProject()
{
    QMetaObject::invokeMethod(
        m_storeContext,
        [this] {
            delete m_store;
            m_store = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_storeThread.quit();
    m_storeThread.wait();
    delete m_storeContext;
}

void MigrationProject::waitForWrites()
{
    QMetaObject::invokeMethod(m_storeContext, [] {}, Qt::BlockingQueuedConnection);
}

void MigrationProject::persist(StoreWork work)
{
    if (!m_open)
        return;
    const int generation = m_generation;
    QMetaObject::invokeMethod(m_storeContext, [this, work = std::move(work), generation] {
        const auto done = work(*m_store);
        if (done)
            return;
        const QString error = done.error().message;
        qCWarning(lcProject) << "write failed:" << error;
        QMetaObject::invokeMethod(this, [this, error, generation] {
            if (generation == m_generation)
                Q_EMIT storageFailed(error);
        });
    });
}

void MigrationProject::createProject(const QString& path, const QString& name)
{
    load(path, name.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : name.trimmed());
}

void MigrationProject::openProject(const QString& path) { load(path, std::nullopt); }

void MigrationProject::load(const QString& path, std::optional<QString> createName)
{
    if (m_open)
        closeProject();
    const int generation = ++m_generation;
    m_loading = true;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QMetaObject::invokeMethod(m_storeContext, [this, absolute, createName, generation] {
        StoreResult<ProjectSnapshot> result;
        if (createName) {
            ProjectInfo info;
            info.name = *createName;
            info.createdAt = QDateTime::currentDateTimeUtc();
            auto created = m_store->create(absolute, info);
            result = created ? m_store->load() : StoreResult<ProjectSnapshot>(std::unexpected(created.error()));
        } else {
            result = m_store->open(absolute);
        }
        QMetaObject::invokeMethod(this, [this, absolute, generation, result, createName] {
            if (generation != m_generation)
                return; // superseded by a later open
            m_loading = false;
            if (!result) {
                Q_EMIT openFailed(result.error().message);
                return;
            }
            applySnapshot(absolute, *result);
            if (createName)
                journal(u"project.created"_s, tr("Project \"%1\" created in %2.")
                                                  .arg(m_data.info.name, QDir::toNativeSeparators(absolute)));
        });
    });
}

void MigrationProject::applySnapshot(const QString& path, const ProjectSnapshot& snapshot)
{
    m_data = snapshot;
    m_path = path;
    m_open = true;
    m_currentRunId = 0;
    m_lastId = { maxId(m_data.environments), maxId(m_data.runs), maxId(m_data.acknowledgements),
        maxId(m_data.checks), maxId(m_data.configDecisions), maxId(m_data.cleanupRuns), maxId(m_data.checklist),
        maxId(m_data.journal) };
    qCInfo(lcProject) << "project" << path << "with" << m_data.environments.size() << "environments";
    Q_EMIT opened();
    Q_EMIT infoChanged();
    Q_EMIT environmentsChanged();
    Q_EMIT runsChanged();
    Q_EMIT acknowledgementsChanged();
    Q_EMIT checksChanged();
    Q_EMIT configDecisionsChanged();
    Q_EMIT cleanupRunsChanged();
    Q_EMIT checklistChanged();
    Q_EMIT environmentSettingsChanged();
}

void MigrationProject::closeProject()
{
    ++m_generation;
    m_loading = false;
    if (m_open)
        QMetaObject::invokeMethod(m_storeContext, [this] { m_store->close(); });
    const bool wasOpen = m_open;
    m_open = false;
    m_path.clear();
    m_data = {};
    m_currentRunId = 0;
    m_pendingCleanup.reset();
    if (wasOpen)
        Q_EMIT closed();
}

std::optional<Environment> MigrationProject::environment(qint64 id) const
{
    for (const Environment& e : m_data.environments)
        if (e.id == id)
            return e;
    return std::nullopt;
}

std::optional<Environment> MigrationProject::environmentNamed(const QString& name) const
{
    for (const Environment& e : m_data.environments)
        if (e.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

QList<Run> MigrationProject::runsOf(qint64 environmentId) const
{
    QList<Run> result;
    for (const Run& run : m_data.runs)
        if (run.environmentId == environmentId)
            result.append(run);
    return result;
}

std::optional<Run> MigrationProject::currentRun() const
{
    for (const Run& run : m_data.runs)
        if (run.id == m_currentRunId)
            return run;
    return std::nullopt;
}

std::optional<Environment> MigrationProject::currentEnvironment() const
{
    const auto run = currentRun();
    return run ? environment(run->environmentId) : std::nullopt;
}

OrderVerdict MigrationProject::orderVerdict(Tier tier) const
{
    return evaluateOrderRule(m_data.environments, m_data.runs, tier);
}

QString MigrationProject::actor() const
{
    if (const auto run = currentRun())
        return run->operatorName;
    return osUserName();
}

qint64 MigrationProject::startRun(Tier tier, const QString& name, const QString& operatorName,
    const QString& acknowledgedReason)
{
    const QString environmentName = tier == Tier::Custom ? name.trimmed() : tierKey(tier);
    if (!m_open || environmentName.isEmpty() || operatorName.trimmed().isEmpty())
        return 0;
    const OrderVerdict verdict = orderVerdict(tier);
    if (verdict.needsAcknowledgement && acknowledgedReason.trimmed().isEmpty())
        return 0;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Environment> newEnvironment;
    Environment environment;
    if (auto existing = environmentNamed(environmentName)) {
        environment = *existing;
    } else {
        environment = { ++m_lastId.environment, environmentName, tier, now };
        newEnvironment = environment;
        m_data.environments.append(environment);
    }
    const Run run { ++m_lastId.run, environment.id, operatorName.trimmed(), now, {}, RunStatus::InProgress };
    m_data.runs.append(run);
    m_currentRunId = run.id;

    std::optional<Acknowledgement> acknowledgement;
    if (verdict.needsAcknowledgement) {
        acknowledgement = Acknowledgement { ++m_lastId.acknowledgement, run.id, verdict.ruleId,
            redactSecrets(acknowledgedReason.trimmed()), run.operatorName, now };
        m_data.acknowledgements.append(*acknowledgement);
    }

    auto entry = [&](const QString& event, const QString& details) {
        JournalEntry e { ++m_lastId.journal, now, run.operatorName, environment.name, event, redactSecrets(details), {} };
        e.hash = journalHash(m_data.journal.isEmpty() ? QByteArray() : m_data.journal.constLast().hash, e);
        m_data.journal.append(e);
        return e;
    };
    QList<JournalEntry> entries;
    if (newEnvironment)
        entries << entry(u"environment.created"_s, tr("Environment %1 (%2) added to the project.")
                                                       .arg(environment.name, tierDisplayName(environment.tier)));
    entries << entry(u"run.started"_s, tr("Run %1 started on %2 by %3.").arg(run.id).arg(environment.name, run.operatorName));
    if (acknowledgement)
        entries << entry(u"order-rule.acknowledged"_s,
            tr("Went ahead despite rule %1: %2 Reason given: %3")
                .arg(acknowledgement->ruleId, verdict.explanation, acknowledgement->reason));

    persist([newEnvironment, run, acknowledgement, entries](ProjectStore& store) {
        return store.transaction([&]() -> StoreResult<void> {
            if (newEnvironment)
                if (auto ok = store.insertEnvironment(*newEnvironment); !ok)
                    return ok;
            if (auto ok = store.saveRun(run); !ok)
                return ok;
            if (acknowledgement)
                if (auto ok = store.insertAcknowledgement(*acknowledgement); !ok)
                    return ok;
            for (const JournalEntry& e : entries)
                if (auto ok = store.appendJournal(e); !ok)
                    return ok;
            return {};
        });
    });

    if (newEnvironment)
        Q_EMIT environmentsChanged();
    Q_EMIT runsChanged();
    if (acknowledgement)
        Q_EMIT acknowledgementsChanged();
    for (const JournalEntry& e : std::as_const(entries))
        Q_EMIT journalAppended(e);
    return run.id;
}

void MigrationProject::finishRun(RunStatus status)
{
    auto it = std::find_if(m_data.runs.begin(), m_data.runs.end(), [this](const Run& r) { return r.id == m_currentRunId; });
    if (!m_open || it == m_data.runs.end())
        return;
    it->status = status;
    it->finishedAt = QDateTime::currentDateTimeUtc();
    const Run run = *it;
    persist([run](ProjectStore& store) { return store.saveRun(run); });
    Q_EMIT runsChanged();
    journal(u"run.finished"_s, tr("Run %1 finished: %2.").arg(run.id).arg(runStatusDisplayName(status)));
}

void MigrationProject::setHomes(const QString& oldHome, const QString& oldRelease, const QString& newHome,
    const QString& newRelease)
{
    if (!m_open)
        return;
    ProjectInfo& info = m_data.info;
    if (info.oldHome == oldHome && info.oldRelease == oldRelease && info.newHome == newHome
        && info.newRelease == newRelease)
        return;
    info.oldHome = oldHome;
    info.oldRelease = oldRelease;
    info.newHome = newHome;
    info.newRelease = newRelease;
    const ProjectInfo copy = info;
    persist([copy](ProjectStore& store) { return store.saveInfo(copy); });
    Q_EMIT infoChanged();
    journal(u"homes.chosen"_s,
        tr("Old IS home %1 (%2), new IS home %3 (%4).")
            .arg(QDir::toNativeSeparators(oldHome), oldRelease, QDir::toNativeSeparators(newHome), newRelease));
}

qint64 MigrationProject::addCheck(CheckRecord check)
{
    if (!m_open || m_currentRunId == 0)
        return 0;
    if (check.id == 0)
        check.id = ++m_lastId.check;
    check.runId = m_currentRunId;
    check.at = QDateTime::currentDateTimeUtc();
    upsert(m_data.checks, check);
    persist([check](ProjectStore& store) { return store.saveCheck(check); });
    Q_EMIT checksChanged();
    return check.id;
}

qint64 MigrationProject::addConfigDecision(ConfigDecision decision)
{
    if (!m_open || m_currentRunId == 0)
        return 0;
    decision.id = ++m_lastId.decision;
    decision.runId = m_currentRunId;
    decision.at = QDateTime::currentDateTimeUtc();
    m_data.configDecisions.append(decision);
    persist([decision](ProjectStore& store) { return store.insertConfigDecision(decision); });
    Q_EMIT configDecisionsChanged();
    return decision.id;
}

qint64 MigrationProject::addCleanupRun(CleanupRunRecord run)
{
    if (!m_open || m_currentRunId == 0)
        return 0;
    run.id = ++m_lastId.cleanup;
    run.runId = m_currentRunId;
    run.at = QDateTime::currentDateTimeUtc();
    m_data.cleanupRuns.append(run);
    persist([run](ProjectStore& store) { return store.insertCleanupRun(run); });
    Q_EMIT cleanupRunsChanged();
    return run.id;
}

qint64 MigrationProject::saveChecklistItem(ChecklistItem item)
{
    if (!m_open || m_currentRunId == 0)
        return 0;
    if (item.id == 0)
        item.id = ++m_lastId.checklist;
    item.runId = m_currentRunId;
    item.at = QDateTime::currentDateTimeUtc();
    item.updatedBy = actor();
    upsert(m_data.checklist, item);
    persist([item](ProjectStore& store) { return store.saveChecklistItem(item); });
    Q_EMIT checklistChanged();
    return item.id;
}

bool MigrationProject::removeChecklistItem(qint64 id)
{
    if (!m_open || m_currentRunId == 0)
        return false;
    const auto it = std::find_if(m_data.checklist.begin(), m_data.checklist.end(),
        [id](const ChecklistItem& item) { return item.id == id; });
    if (it == m_data.checklist.end() || it->runId != m_currentRunId)
        return false;
    m_data.checklist.erase(it);
    persist([id](ProjectStore& store) { return store.removeChecklistItem(id); });
    Q_EMIT checklistChanged();
    return true;
}

QList<ChecklistItem> MigrationProject::checklistOf(qint64 runId) const
{
    QList<ChecklistItem> items;
    for (const ChecklistItem& item : m_data.checklist)
        if (item.runId == runId)
            items.append(item);
    std::stable_sort(items.begin(), items.end(),
        [](const ChecklistItem& a, const ChecklistItem& b) { return a.position < b.position; });
    return items;
}

QString MigrationProject::environmentSetting(qint64 environmentId, const QString& key) const
{
    for (const EnvironmentSetting& setting : m_data.settings)
        if (setting.environmentId == environmentId && setting.key == key)
            return setting.value;
    return {};
}

void MigrationProject::setEnvironmentSetting(qint64 environmentId, const QString& key, const QString& value)
{
    if (!m_open || !environment(environmentId) || environmentSetting(environmentId, key) == value)
        return;
    const EnvironmentSetting setting { environmentId, key, redactSecrets(value) };
    m_data.settings.removeIf([&](const EnvironmentSetting& s) { return s.environmentId == environmentId && s.key == key; });
    if (!value.isEmpty())
        m_data.settings.append(setting);
    persist([setting](ProjectStore& store) { return store.saveEnvironmentSetting(setting); });
    Q_EMIT environmentSettingsChanged();
}

void MigrationProject::journal(const QString& event, const QString& details)
{
    if (!m_open)
        return;
    const auto env = currentEnvironment();
    JournalEntry entry { ++m_lastId.journal, QDateTime::currentDateTimeUtc(), actor(), env ? env->name : QString(),
        event, redactSecrets(details), {} };
    entry.hash = journalHash(m_data.journal.isEmpty() ? QByteArray() : m_data.journal.constLast().hash, entry);
    m_data.journal.append(entry);
    persist([entry](ProjectStore& store) { return store.appendJournal(entry); });
    Q_EMIT journalAppended(entry);
}

} // namespace Ismw
