// SPDX-License-Identifier: Apache-2.0
#include "checks/IsRelease.h"

#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::ReleasePosition)

class IsReleaseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownReleasesAreOrderedOldestFirst()
    {
        const QList<IsRelease>& releases = knownIsReleases();
        QCOMPARE(releases.size(), 10);
        QCOMPARE(releases.first().versionString(), u"5.8.0"_s);
        for (qsizetype i = 1; i < releases.size(); ++i)
            QVERIFY2(compareReleases(releases.at(i - 1).version, releases.at(i).version) < 0,
                qPrintable(releases.at(i).versionString()));
        QCOMPARE(latestKnownRelease().versionString(), u"7.3.0"_s);
        QCOMPARE(oldestKnownRelease().versionString(), u"5.8.0"_s);
    }

    void kernelOfRelease_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("userStore");
        QTest::addColumn<QString>("keystore");
        QTest::newRow("5.8") << u"5.8.0"_s << u"4.4.35"_s << u"read_write_ldap"_s << u"JKS"_s;
        QTest::newRow("5.9") << u"5.9.0"_s << u"4.5.1"_s << u"read_write_ldap"_s << u"JKS"_s;
        QTest::newRow("5.10") << u"5.10.0"_s << u"4.6.0"_s << u"read_write_ldap_unique_id"_s << u"JKS"_s;
        QTest::newRow("5.11") << u"5.11.0"_s << u"4.6.1"_s << u"read_write_ldap_unique_id"_s << u"JKS"_s;
        QTest::newRow("6.0") << u"6.0.0"_s << u"4.7.1"_s << u"database_unique_id"_s << u"JKS"_s;
        QTest::newRow("6.1") << u"6.1.0"_s << u"4.9.0"_s << u"database_unique_id"_s << u"JKS"_s;
        QTest::newRow("7.0") << u"7.0.0"_s << u"4.10.9"_s << u"database_unique_id"_s << u"JKS"_s;
        QTest::newRow("7.1") << u"7.1.0"_s << u"4.10.42"_s << u"database_unique_id"_s << u"PKCS12"_s;
        QTest::newRow("7.2") << u"7.2.0"_s << u"4.10.101"_s << u"database_unique_id"_s << u"PKCS12"_s;
        QTest::newRow("7.3") << u"7.3.0"_s << u"4.12.34"_s << u"database_unique_id"_s << u"PKCS12"_s;
    }
    void kernelOfRelease()
    {
        QFETCH(QString, release);
        QFETCH(QString, kernel);
        QFETCH(QString, userStore);
        QFETCH(QString, keystore);
        const auto found = findIsRelease(QVersionNumber::fromString(release));
        QVERIFY(found);
        QCOMPARE(found->kernelString(), kernel);
        QCOMPARE(found->defaultUserStoreType, userStore);
        QCOMPARE(found->defaultKeystoreType, keystore);

        const auto byKernel = findIsReleaseByKernel(QVersionNumber::fromString(kernel));
        QVERIFY(byKernel);
        QCOMPARE(byKernel->versionString(), release);
    }

    void trailingZerosDoNotMatter()
    {
        QVERIFY(findIsRelease(QVersionNumber(7, 1)));
        QCOMPARE(findIsRelease(QVersionNumber(7, 1))->versionString(), u"7.1.0"_s);
        QCOMPARE(compareReleases(QVersionNumber(5, 10), QVersionNumber(5, 10, 0)), 0);
        QVERIFY(compareReleases(QVersionNumber(5, 9, 0), QVersionNumber(5, 10, 0)) < 0);
        QVERIFY(compareReleases(QVersionNumber(7, 10), QVersionNumber(7, 9, 9)) > 0);
    }

    void unknownLookupsFindNothing()
    {
        QVERIFY(!findIsRelease(QVersionNumber(6, 2, 0)));
        QVERIFY(!findIsRelease(QVersionNumber()));
        QVERIFY(!findIsReleaseByKernel(QVersionNumber(4, 11, 0)));
        QVERIFY(!findIsReleaseByKernel(QVersionNumber()));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<ReleasePosition>("position");
        QTest::newRow("known") << u"6.1.0"_s << ReleasePosition::Known;
        QTest::newRow("newest") << u"7.3.0"_s << ReleasePosition::Known;
        QTest::newRow("newer") << u"7.4.0"_s << ReleasePosition::NewerThanKnown;
        QTest::newRow("next major") << u"8.0.0"_s << ReleasePosition::NewerThanKnown;
        QTest::newRow("older") << u"5.7.0"_s << ReleasePosition::OlderThanKnown;
        QTest::newRow("gap") << u"6.2.0"_s << ReleasePosition::Unknown;
        QTest::newRow("patch of known") << u"7.1.1"_s << ReleasePosition::Unknown;
    }
    void classify()
    {
        QFETCH(QString, version);
        QFETCH(ReleasePosition, position);
        QCOMPARE(classifyRelease(QVersionNumber::fromString(version)), position);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: not a version
        QTest::newRow("plain") << u"7.1.0"_s << u"7.1.0"_s;
        QTest::newRow("v prefix") << u"v5.11.0"_s << u"5.11.0"_s;
        QTest::newRow("spaces") << u"  6.0.0\n"_s << u"6.0.0"_s;
        QTest::newRow("suffix") << u"7.2.0-alpha3"_s << u"7.2.0"_s;
        QTest::newRow("two segments") << u"7.1"_s << u"7.1"_s;
        QTest::newRow("single number") << u"7"_s << QString();
        QTest::newRow("template") << u"${product.version}"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QVersionNumber version = parseReleaseVersion(text);
        QCOMPARE(version.isNull(), expected.isEmpty());
        if (!expected.isEmpty())
            QCOMPARE(version.toString(), expected);
    }
};

QTEST_GUILESS_MAIN(IsReleaseTest)
#include "isrelease_test.moc"
