// SPDX-License-Identifier: Apache-2.0
#include "checks/IsRelease.h"

using namespace Qt::StringLiterals;

namespace Ismw {

const QList<IsRelease>& knownIsReleases()
{
    // Kept as data so that supporting a new release is one line here (and its
    // rules elsewhere), not a hunt through the checks.
    static const QList<IsRelease> releases = [] {
        const auto ldap = u"read_write_ldap"_s;
        const auto ldapUniqueId = u"read_write_ldap_unique_id"_s; // from 5.10
        const auto databaseUniqueId = u"database_unique_id"_s; // default from 6.0
        const auto jks = u"JKS"_s;
        const auto pkcs12 = u"PKCS12"_s; // default keystore type from 7.1
        const auto v = [](const char16_t* text) { return QVersionNumber::fromString(QStringView(text)); };
        return QList<IsRelease> {
            { v(u"5.8.0"), v(u"4.4.35"), ldap, jks },
            { v(u"5.9.0"), v(u"4.5.1"), ldap, jks },
            { v(u"5.10.0"), v(u"4.6.0"), ldapUniqueId, jks },
            { v(u"5.11.0"), v(u"4.6.1"), ldapUniqueId, jks },
            { v(u"6.0.0"), v(u"4.7.1"), databaseUniqueId, jks },
            { v(u"6.1.0"), v(u"4.9.0"), databaseUniqueId, jks },
            { v(u"7.0.0"), v(u"4.10.9"), databaseUniqueId, jks },
            { v(u"7.1.0"), v(u"4.10.42"), databaseUniqueId, pkcs12 },
            { v(u"7.2.0"), v(u"4.10.101"), databaseUniqueId, pkcs12 },
            { v(u"7.3.0"), v(u"4.12.34"), databaseUniqueId, pkcs12 },
        };
    }();
    return releases;
}

const IsRelease& latestKnownRelease()
{
    return knownIsReleases().constLast();
}

const IsRelease& oldestKnownRelease()
{
    return knownIsReleases().constFirst();
}

int compareReleases(const QVersionNumber& a, const QVersionNumber& b)
{
    return QVersionNumber::compare(a.normalized(), b.normalized());
}

std::optional<IsRelease> findIsRelease(const QVersionNumber& version)
{
    if (version.isNull())
        return std::nullopt;
    for (const IsRelease& release : knownIsReleases())
        if (compareReleases(release.version, version) == 0)
            return release;
    return std::nullopt;
}

std::optional<IsRelease> findIsReleaseByKernel(const QVersionNumber& kernel)
{
    if (kernel.isNull())
        return std::nullopt;
    for (const IsRelease& release : knownIsReleases())
        if (compareReleases(release.kernel, kernel) == 0)
            return release;
    return std::nullopt;
}

ReleasePosition classifyRelease(const QVersionNumber& version)
{
    if (findIsRelease(version))
        return ReleasePosition::Known;
    if (compareReleases(version, latestKnownRelease().version) > 0)
        return ReleasePosition::NewerThanKnown;
    if (compareReleases(version, oldestKnownRelease().version) < 0)
        return ReleasePosition::OlderThanKnown;
    return ReleasePosition::Unknown;
}

QVersionNumber parseReleaseVersion(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    qsizetype suffixIndex = 0;
    const QVersionNumber version = QVersionNumber::fromString(text, &suffixIndex);
    // "7" alone is more likely a stray number than a release.
    if (version.segmentCount() < 2)
        return {};
    return version;
}

} // namespace Ismw
