// SPDX-License-Identifier: Apache-2.0
#include "checks/PathChecks.h"

#include "checks/IsRelease.h"
#include "config/ReleaseRules.h"
#include "config/TomlDocument.h"
#include "database/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::PathChecks)
};

// The release steps H2 data cannot simply cross (is-home.md, "Migration facts").
const QVersionNumber kH2ConvertAt(5, 10, 0); // before it: stop at 5.10 and convert there
const QVersionNumber kH2Version2At(6, 0, 0); // H2 1.4.199 → 2.1.210

// How many rule texts path.steps quotes: enough to show what kind of changes
// a step brings, not the whole rule book (the Configuration page has that).
constexpr int kQuotedRules = 4;

QString homeLabel(bool old)
{
    //: Put into sentences such as "Choose %1 as the %2.": the old or the new IS home folder.
    return old ? Text::tr("old home") : Text::tr("new home");
}

QString homePath(const IsHomeInspection& home)
{
    return home.canonicalPath.isEmpty() ? home.path : QDir::toNativeSeparators(home.canonicalPath);
}

// "bin/version.txt says “WSO2 Identity Server v7.1.0”; …": the admin sees
// which file to open when the wizard's reading looks wrong.
QString evidenceText(const IsHomeInspection& home)
{
    QStringList items;
    for (const VersionEvidence& item : home.evidence) {
        if (item.version.isNull())
            continue;
        items << Text::tr("%1 says “%2”").arg(item.source, item.value.trimmed());
    }
    return items.join(u"; "_s);
}

// Only the first sentence: the rule texts are long, and path.steps gives an
// overview. Rules whose first sentence has unfilled placeholders are not
// quoted; "{{table}} uses …" means nothing without the file.
QString firstSentence(const QString& text)
{
    const QString simple = text.simplified();
    qsizetype end = -1;
    for (qsizetype i = 0; i + 1 < simple.size(); ++i) {
        if (simple.at(i) == u'.' && simple.at(i + 1) == u' ') {
            end = i + 1;
            break;
        }
    }
    return end < 0 ? simple : simple.left(end);
}

bool releaseKnownAndUsable(const IsHomeInspection& home)
{
    return home.ok && !home.release.isNull();
}

PrerequisiteCheck homeCheck(const IsHomeInspection& home, bool old)
{
    PrerequisiteCheck check;
    check.id = old ? u"homes.old"_s : u"homes.new"_s;
    check.category = CheckCategory::Homes;

    if (!home.ok) {
        // The inspector's error names the folder, what was missing and what
        // to do: a second wording here would only say less.
        check.status = CheckStatus::Blocker;
        check.title = old ? Text::tr("The old home is not usable") : Text::tr("The new home is not usable");
        check.message = home.error;
        if (!home.suggestedPath.isEmpty())
            check.fixHint = Text::tr("Choose %1 as the %2.")
                                .arg(QDir::toNativeSeparators(home.suggestedPath), homeLabel(old));
        else
            check.fixHint = Text::tr("Choose the folder of the extracted WSO2 Identity Server (the one "
                                     "holding bin/ and repository/) as the %1.")
                                .arg(homeLabel(old));
        return check;
    }

    if (home.release.isNull()) {
        // Without a release no rule, Java table or path step applies.
        check.status = CheckStatus::Blocker;
        check.title = old ? Text::tr("The old home's release is unknown")
                          : Text::tr("The new home's release is unknown");
        QStringList texts;
        for (const IsHomeWarning& warning : home.warnings)
            texts << warning.message;
        check.message = Text::tr("%1 is an IS home, but no file in it names its release. %2")
                            .arg(homePath(home), texts.join(u' '))
                            .trimmed();
        check.fixHint = Text::tr("Restore bin/version.txt from the release's distribution.");
        return check;
    }

    const QString release = home.releaseString();
    check.title = old ? Text::tr("Old home: WSO2 Identity Server %1").arg(release)
                      : Text::tr("New home: WSO2 Identity Server %1").arg(release);
    const QString kernel
        = home.kernel.isNull() ? QString() : Text::tr(" (kernel %1)").arg(home.kernel.toString());
    const QString evidence = evidenceText(home);
    check.message
        = Text::tr("%1 is %2 %3%4.")
              .arg(homePath(home), home.productName.isEmpty() ? u"WSO2 Identity Server"_s : home.productName,
                  release, kernel);
    if (!evidence.isEmpty())
        check.message += u' ' + Text::tr("The release is read from: %1.").arg(evidence);

    // The inspector's other warnings (release told only by the kernel, a
    // release the wizard does not know, an unreadable source, …) qualify the
    // finding; a version conflict gets its own check below.
    QStringList caveats;
    for (const IsHomeWarning& warning : home.warnings) {
        if (warning.id != "version.conflict"_L1)
            caveats << warning.message;
    }
    if (!caveats.isEmpty()) {
        check.status = CheckStatus::Warning;
        check.message += u' ' + caveats.join(u' ');
        check.fixHint = Text::tr("Check the version files of the %1 against the release you installed.")
                            .arg(homeLabel(old));
    }
    return check;
}

std::optional<PrerequisiteCheck> conflictCheck(const IsHomeInspection& home, bool old)
{
    if (!home.ok)
        return std::nullopt;
    for (const IsHomeWarning& warning : home.warnings) {
        if (warning.id != "version.conflict"_L1)
            continue;
        PrerequisiteCheck check;
        check.id = old ? u"homes.old.version-conflict"_s : u"homes.new.version-conflict"_s;
        check.category = CheckCategory::Homes;
        check.status = CheckStatus::Warning;
        check.title = old ? Text::tr("The old home's version files disagree")
                          : Text::tr("The new home's version files disagree");
        check.message = warning.message;
        check.fixHint = Text::tr("Find out which release the %1 really is (its update level, the "
                                 "distribution it came from) and restore the version files that are wrong.")
                            .arg(homeLabel(old));
        return check;
    }
    return std::nullopt;
}

PrerequisiteCheck notApplicable(const QString& id, const QString& title, const QString& message)
{
    PrerequisiteCheck check;
    check.id = id;
    check.category = CheckCategory::Path;
    check.status = CheckStatus::NotApplicable;
    check.title = title;
    check.message = message;
    return check;
}

QString needBothHomes()
{
    return Text::tr("Needs both homes with a known release; see the checks of the homes above.");
}

PrerequisiteCheck directionCheck(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
{
    if (!releaseKnownAndUsable(oldHome) || !releaseKnownAndUsable(newHome))
        return notApplicable(u"path.direction"_s, Text::tr("Direction of the migration"), needBothHomes());

    PrerequisiteCheck check;
    check.id = u"path.direction"_s;
    check.category = CheckCategory::Path;
    const QString from = oldHome.releaseString();
    const QString to = newHome.releaseString();
    const int order = compareReleases(oldHome.release, newHome.release);
    if (order == 0) {
        check.status = CheckStatus::Blocker;
        check.title = Text::tr("Both homes are IS %1").arg(from);
        check.message = Text::tr("The old home (%1) and the new home (%2) are both WSO2 Identity Server %3: "
                                 "there is nothing to migrate between them.")
                            .arg(homePath(oldHome), homePath(newHome), from);
        check.fixHint = Text::tr("Choose the extracted newer release as the new home (the newest is %1).")
                            .arg(latestKnownRelease().versionString());
    } else if (order > 0) {
        check.status = CheckStatus::Blocker;
        check.title = Text::tr("IS %1 → %2 is a downgrade").arg(from, to);
        check.message
            = Text::tr("The old home (%1) is WSO2 Identity Server %2, newer than the new home (%3), "
                       "which is %4. The migration only goes to newer releases; the databases of %2 "
                       "cannot be used by %4.")
                  .arg(homePath(oldHome), from, homePath(newHome), to);
        check.fixHint
            = Text::tr("Check that the homes are not swapped: the old home is the one in use, the new "
                       "home the newer release you extracted.");
    } else {
        check.status = CheckStatus::Pass;
        check.title = Text::tr("IS %1 → %2").arg(from, to);
        check.message = Text::tr("An upgrade from WSO2 Identity Server %1 (%2) to %3 (%4).")
                            .arg(from, homePath(oldHome), to, homePath(newHome));
    }
    return check;
}

PrerequisiteCheck latestCheck(const IsHomeInspection& newHome)
{
    if (!releaseKnownAndUsable(newHome))
        return notApplicable(u"path.latest"_s, Text::tr("Target release"),
            Text::tr("Needs the new home with a known release; see the check of the new home above."));

    PrerequisiteCheck check;
    check.id = u"path.latest"_s;
    check.category = CheckCategory::Path;
    const QString target = newHome.releaseString();
    const QString latest = latestKnownRelease().versionString();
    switch (classifyRelease(newHome.release)) {
    case ReleasePosition::Known:
        if (compareReleases(newHome.release, latestKnownRelease().version) == 0) {
            check.status = CheckStatus::Pass;
            check.title = Text::tr("IS %1 is the newest release").arg(target);
            check.message = Text::tr("The target, WSO2 Identity Server %1, is the newest release this wizard "
                                     "knows.")
                                .arg(target);
        } else {
            check.status = CheckStatus::Warning;
            check.title = Text::tr("IS %1 is newer than the target").arg(latest);
            check.message = Text::tr("The target is WSO2 Identity Server %1, but %2 is out. WSO2 recommends "
                                     "migrating to the latest release: each later migration walks every step "
                                     "again, and older releases stop getting updates first.")
                                .arg(target, latest);
            check.fixHint
                = Text::tr("Extract IS %1 and choose it as the new home, unless there is a reason to "
                           "stop at %2 (for instance the 5.10.0 stop that embedded H2 data needs).")
                      .arg(latest, target);
        }
        break;
    case ReleasePosition::NewerThanKnown:
        check.status = CheckStatus::Warning;
        check.title = Text::tr("IS %1 is newer than the wizard's rules").arg(target);
        check.message = Text::tr("The target, WSO2 Identity Server %1, is newer than the newest release this "
                                 "wizard knows (%2): its configuration rules end at %2, so changes of %1 are "
                                 "not checked.")
                            .arg(target, latest);
        check.fixHint = Text::tr("Look for a newer version of the wizard, or read the migration guide of %1 "
                                 "for the changes after %2.")
                            .arg(target, latest);
        break;
    case ReleasePosition::OlderThanKnown:
    case ReleasePosition::Unknown:
        check.status = CheckStatus::Warning;
        check.title = Text::tr("IS %1 is not a release the wizard knows").arg(target);
        check.message
            = Text::tr("The target, WSO2 Identity Server %1, is not one of the releases this wizard "
                       "knows (%2 to %3); the newest is %3.")
                  .arg(target, oldestKnownRelease().versionString(), latest);
        check.fixHint
            = Text::tr("Check the version files of the new home, and migrate to %1 if you can.").arg(latest);
        break;
    }
    return check;
}

PrerequisiteCheck stepsCheck(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
{
    const QString title = Text::tr("Release steps");
    if (!releaseKnownAndUsable(oldHome) || !releaseKnownAndUsable(newHome))
        return notApplicable(u"path.steps"_s, title, needBothHomes());
    if (compareReleases(oldHome.release, newHome.release) >= 0)
        return notApplicable(u"path.steps"_s, title,
            Text::tr("There are no release steps from %1 to %2.")
                .arg(oldHome.releaseString(), newHome.releaseString()));

    const ReleaseRules& rules = ReleaseRules::builtIn();
    const QStringList steps = rules.stepsBetween(oldHome.release, newHome.release);
    PrerequisiteCheck check;
    check.id = u"path.steps"_s;
    check.category = CheckCategory::Path;
    if (steps.isEmpty()) {
        // Releases outside the rules (5.8.0 and older, or newer than the
        // rules): the migration may still be possible, unchecked.
        const QList<QVersionNumber> known = rules.releases();
        check.status = CheckStatus::Warning;
        check.title
            = Text::tr("No rules for IS %1 → %2").arg(oldHome.releaseString(), newHome.releaseString());
        check.message
            = Text::tr("The wizard's configuration rules cover the releases %1 to %2; the way from %3 to "
                       "%4 is not among them, so the configuration changes it brings are not checked.")
                  .arg(known.isEmpty() ? QString() : known.constFirst().toString(),
                      known.isEmpty() ? QString() : known.constLast().toString(), oldHome.releaseString(),
                      newHome.releaseString());
        check.fixHint = Text::tr("Read WSO2's migration guide for each release step on the way.");
        return check;
    }

    struct Counts
    {
        int rules = 0;
        int blockers = 0;
        int warnings = 0;
        int edits = 0;
    };
    QHash<QString, Counts> counts;
    QStringList blockerTexts;
    QStringList otherTexts;
    int everyMigration = 0;
    const QList<ReleaseRules::RuleSummary> summaries = rules.ruleSummaries();
    for (const ReleaseRules::RuleSummary& rule : summaries) {
        if (rule.step.isEmpty()) {
            ++everyMigration;
            continue;
        }
        if (!steps.contains(rule.step))
            continue;
        Counts& c = counts[rule.step];
        ++c.rules;
        if (rule.severity == Severity::Blocker)
            ++c.blockers;
        else if (rule.severity == Severity::Warning)
            ++c.warnings;
        if (rule.hasEdit)
            ++c.edits;
        const QString sentence = firstSentence(rule.message);
        if (sentence.isEmpty() || sentence.contains(u"{{"_s))
            continue;
        if (rule.severity == Severity::Blocker)
            blockerTexts << Text::tr("%1 (blocker): %2").arg(rule.step, sentence);
        else
            otherTexts << u"%1: %2"_s.arg(rule.step, sentence);
    }

    QStringList lines;
    int blockerSteps = 0;
    for (const QString& step : steps) {
        const Counts c = counts.value(step);
        if (c.blockers > 0)
            ++blockerSteps;
        lines << Text::tr("%1: %2 (%3, %4, %5)")
                     .arg(step, Text::tr("%n rule(s)", nullptr, c.rules),
                         Text::tr("%n blocker(s)", nullptr, c.blockers),
                         Text::tr("%n warning(s)", nullptr, c.warnings),
                         Text::tr("%n automatic edit(s)", nullptr, c.edits));
    }
    // Blockers first: they are what the admin has to plan for.
    QStringList quoted = blockerTexts.mid(0, kQuotedRules);
    quoted << otherTexts.mid(0, kQuotedRules - quoted.size());

    check.status = blockerSteps > 0 ? CheckStatus::Warning : CheckStatus::Pass;
    check.title = Text::tr("%n release step(s) from IS %1 to %2", nullptr, int(steps.size()))
                      .arg(oldHome.releaseString(), newHome.releaseString());
    check.message = Text::tr("The migration client walks every release step from %1 to %2: %3.")
                        .arg(oldHome.releaseString(), newHome.releaseString(), lines.join(u"; "_s));
    if (everyMigration > 0)
        check.message
            += u' ' + Text::tr("%n further rule(s) apply to every migration.", nullptr, everyMigration);
    if (!quoted.isEmpty())
        check.message += u' ' + Text::tr("Among them: %1").arg(quoted.join(u' '));
    if (check.status == CheckStatus::Warning)
        check.fixHint
            = Text::tr("Some steps have rules that block the migration when the configuration matches "
                       "them; the Configuration page checks the old deployment.toml against every rule "
                       "and shows which apply.");
    return check;
}

QString h2Where(const DatabaseTarget& target)
{
    const QString where
        = target.jdbc && !target.jdbc->database.isEmpty() ? target.jdbc->database : target.url;
    return u"%1 (%2)"_s.arg(target.name, where);
}

PrerequisiteCheck h2Check(
    const IsHomeInspection& oldHome, const IsHomeInspection& newHome, const TomlDocument* oldConfig)
{
    const QString title = Text::tr("Embedded H2 databases");
    if (!oldHome.ok)
        return notApplicable(
            u"path.h2"_s, title, Text::tr("Needs the old home; see the check of the old home above."));
    const QString tomlPath = QDir(homePath(oldHome)).filePath(u"repository/conf/deployment.toml"_s);
    if (!oldConfig)
        return notApplicable(u"path.h2"_s, title,
            oldHome.parts.deploymentToml
                ? Text::tr(
                    "The configuration %1 could not be read, so the wizard cannot tell whether the old "
                    "deployment uses H2; the Configuration page says why.")
                      .arg(QDir::toNativeSeparators(tomlPath))
                : Text::tr("The old home has no %1, so the wizard cannot tell whether it uses H2.")
                      .arg(QDir::toNativeSeparators(tomlPath)));

    const QList<DatabaseTarget> targets = databasesInConfig(*oldConfig);
    QStringList h2;
    QStringList others;
    for (const DatabaseTarget& target : targets) {
        if (target.isH2())
            h2 << h2Where(target);
        else
            others << target.name;
    }

    PrerequisiteCheck check;
    check.id = u"path.h2"_s;
    check.category = CheckCategory::Path;
    check.subject = u"repository/conf/deployment.toml"_s;
    if (targets.isEmpty()) {
        // Without [database.*] entries the server falls back to its built-in
        // defaults, which are the embedded H2 databases of a fresh home.
        check.status = CheckStatus::Warning;
        check.title = Text::tr("No database configured");
        check.message
            = Text::tr("%1 names no database, so the server runs on its built-in defaults: the embedded "
                       "H2 databases under repository/database/.")
                  .arg(QDir::toNativeSeparators(tomlPath));
        check.fixHint = Text::tr("Check where the old server's data really is before the migration; the "
                                 "Configuration page shows the file's database settings.");
        return check;
    }
    if (h2.isEmpty()) {
        check.status = CheckStatus::Pass;
        check.title = Text::tr("No embedded H2 database");
        check.message = Text::tr("%1 uses no H2 database (%2).")
                            .arg(QDir::toNativeSeparators(tomlPath), others.join(u", "_s));
        return check;
    }

    const QString where = h2.join(u", "_s);
    check.title = Text::tr("H2 in use: %1").arg(where);
    const QVersionNumber from = oldHome.release;
    const QVersionNumber to = releaseKnownAndUsable(newHome) ? newHome.release : QVersionNumber();
    const bool known = !from.isNull() && !to.isNull();
    const auto before
        = [](const QVersionNumber& a, const QVersionNumber& b) { return compareReleases(a, b) < 0; };

    QStringList facts;
    check.status = CheckStatus::Warning;
    if (known && before(from, kH2ConvertAt) && before(kH2ConvertAt, to)) {
        // The conversion needs 5.10 itself: going past it in one go leaves
        // the data behind, so no plan but "stop at 5.10" works.
        check.status = CheckStatus::Blocker;
        facts << Text::tr(
            "Embedded H2 data of releases before 5.10.0 can only be carried over by migrating to "
            "5.10.0 first and converting the H2 files there; going from %1 to %2 in one go leaves "
            "the data behind.")
                     .arg(from.toString(), to.toString());
        check.fixHint
            = Text::tr("Migrate to 5.10.0 first and convert the H2 files there, then migrate from 5.10.0 "
                       "to %1; or move the data to a production database before the migration.")
                  .arg(to.toString());
    } else if (known && before(from, kH2ConvertAt) && !before(to, kH2ConvertAt)) {
        facts << Text::tr("This is the 5.10.0 stop that embedded H2 data of releases before 5.10.0 needs: "
                          "convert the H2 files there before going on.");
        check.fixHint
            = Text::tr("Convert the H2 files after migrating to 5.10.0, before any later migration.");
    }
    if (known && before(from, kH2Version2At) && !before(to, kH2Version2At)) {
        facts << Text::tr(
            "6.0.0 moves from H2 1.4.199 to H2 2.1.210, which cannot open the files the old "
            "version wrote: they have to be converted (WSO2's H2 migration tool) before %1 starts. "
            "Homes on 5.11.0 with update level 111 or later already write the new format.")
                     .arg(to.toString());
        if (check.fixHint.isEmpty())
            check.fixHint
                = Text::tr("Convert the H2 files with WSO2's H2 migration tool before starting %1, or "
                           "move the data to a production database.")
                      .arg(to.toString());
    }
    if (check.fixHint.isEmpty())
        check.fixHint
            = Text::tr("Plan moving the data to a production database; until then copy the H2 files to "
                       "the new home with the rest of its data.");
    check.message = Text::tr("%1 uses embedded H2: %2.").arg(QDir::toNativeSeparators(tomlPath), where);
    if (!facts.isEmpty())
        check.message += u' ' + facts.join(u' ');
    check.message += u' ' + DatabaseTarget::h2Explanation();
    return check;
}

} // namespace

QList<PrerequisiteCheck> pathChecks(
    const IsHomeInspection& oldHome, const IsHomeInspection& newHome, const TomlDocument* oldConfig)
{
    QList<PrerequisiteCheck> checks;
    checks << homeCheck(oldHome, true);
    if (auto conflict = conflictCheck(oldHome, true))
        checks << *conflict;
    checks << homeCheck(newHome, false);
    if (auto conflict = conflictCheck(newHome, false))
        checks << *conflict;
    checks << directionCheck(oldHome, newHome);
    checks << latestCheck(newHome);
    checks << stepsCheck(oldHome, newHome);
    checks << h2Check(oldHome, newHome, oldConfig);
    return checks;
}

} // namespace Ismw
