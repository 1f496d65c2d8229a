// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVersionNumber>
#include <optional>

namespace Ismw {

// One WSO2 Identity Server release this wizard knows, with the facts the
// checks and the sample homes derive from it.
struct IsRelease
{
    QVersionNumber version;
    QVersionNumber kernel; // the Carbon kernel the release is built on
    QString defaultUserStoreType; // [user_store] type of a fresh home
    QString defaultKeystoreType; // "JKS" or "PKCS12"

    QString versionString() const { return version.toString(); }
    QString kernelString() const { return kernel.toString(); }
};

// Where a version stands relative to the releases this wizard knows.
enum class ReleasePosition {
    Known,
    NewerThanKnown, // newer than latestKnownRelease(): the wizard's rules may not cover it
    OlderThanKnown, // older than the oldest known release
    Unknown, // within the known range but not a release (e.g. 6.2.0)
};

// Oldest first.
const QList<IsRelease>& knownIsReleases();
const IsRelease& latestKnownRelease();
const IsRelease& oldestKnownRelease();

// Trailing zeros do not matter: "7.1" finds 7.1.0.
std::optional<IsRelease> findIsRelease(const QVersionNumber& version);
std::optional<IsRelease> findIsReleaseByKernel(const QVersionNumber& kernel);
ReleasePosition classifyRelease(const QVersionNumber& version);

// <0, 0, >0 like QVersionNumber::compare, but 7.1 == 7.1.0.
int compareReleases(const QVersionNumber& a, const QVersionNumber& b);

// Reads "7.1.0", "v7.1.0" or "7.1.0-alpha" (the suffix is dropped); a null
// QVersionNumber when the text does not start with a version.
QVersionNumber parseReleaseVersion(QStringView text);

} // namespace Ismw
