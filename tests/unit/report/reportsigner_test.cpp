// SPDX-License-Identifier: Apache-2.0
#include "TestPki.h"
#include "report/ReportSigner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

const QByteArray kPassphrase = "Corr3ct-Horse-Passphrase";
const QByteArray kWrongPassphrase = "Wr0ng-Guess-Passphrase";

void writeRaw(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

// Exit code of a shell command line, run as a reader of the report would.
int runShell(const QString& command, QByteArray* errorOutput = nullptr)
{
    QProcess process;
    process.start(u"sh"_s, {u"-c"_s, command});
    if (!process.waitForFinished(60000))
        return -1;
    if (errorOutput)
        *errorOutput = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class ReportSignerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The PKI is made with the openssl command (TestPki.h), not with the code
    // under test, so a mistake in ReportSigner cannot cancel out in its own fixtures.
    bool openssl(const QStringList& arguments) { return TestPki::openssl(m_dir.path(), arguments); }
    bool makeCa(const QString& name, const QString& commonName)
    {
        return TestPki::makeCa(m_dir.path(), name, commonName);
    }

    bool makePkcs12(const QString& certificate, const QString& out)
    {
        return openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"signer.key"_s, u"-in"_s, certificate,
                        u"-certfile"_s, u"ca.pem"_s, u"-out"_s, out, u"-passout"_s,
                        u"pass:"_s + QString::fromLatin1(kPassphrase)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCa(u"ca"_s, u"Report Test CA"_s));
        QVERIFY(makeCa(u"other"_s, u"Some Other CA"_s));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                         u"-keyout"_s, u"signer.key"_s, u"-out"_s, u"signer.csr"_s, u"-subj"_s,
                         u"/O=Example Migrations/CN=Report Signer"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"signer.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                         u"ca.key"_s, u"-set_serial"_s, u"2"_s, u"-days"_s, u"30"_s, u"-out"_s, u"signer.pem"_s}));
        // OpenSSL 3.4+ sets explicit validity dates: a certificate that
        // expired years ago, without faking the clock.
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"signer.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                         u"ca.key"_s, u"-set_serial"_s, u"3"_s, u"-not_before"_s, u"20200101000000Z"_s,
                         u"-not_after"_s, u"20210101000000Z"_s, u"-out"_s, u"expired.pem"_s}));
        QVERIFY(makePkcs12(u"signer.pem"_s, u"signer.p12"_s));
        QVERIFY(makePkcs12(u"expired.pem"_s, u"expired.p12"_s));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"signer.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                         u"ca.key"_s, u"-set_serial"_s, u"4"_s, u"-not_before"_s, u"20990101000000Z"_s,
                         u"-not_after"_s, u"21000101000000Z"_s, u"-out"_s, u"future.pem"_s}));
        QVERIFY(makePkcs12(u"future.pem"_s, u"future.p12"_s));
        QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-nokeys"_s, u"-in"_s, u"signer.pem"_s, u"-out"_s,
                         u"certonly.p12"_s, u"-passout"_s, u"pass:"_s + QString::fromLatin1(kPassphrase)}));
        QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-nocerts"_s, u"-inkey"_s, u"signer.key"_s, u"-out"_s,
                         u"keyonly.p12"_s, u"-passout"_s, u"pass:"_s + QString::fromLatin1(kPassphrase)}));
        writeRaw(path(u"notapkcs12.p12"_s), "-----BEGIN NOTHING-----\nthis is not a PKCS#12 file\n");
        writeRaw(path(u"report.html"_s), "<html><body><h1>Migration report</h1><p>All checks passed.</p>"
                                         "</body></html>\n");
    }

    void signedFileVerifiesWithOpensslAndHere()
    {
        const QString data = path(u"report.html"_s);
        const QString signature = path(u"report.html.p7s"_s);
        const auto signedInfo = signDetached(data, path(u"signer.p12"_s), kPassphrase, signature);
        QVERIFY2(signedInfo.has_value(), qPrintable(signedInfo ? QString() : signedInfo.error().message));
        QCOMPARE(signedInfo->signaturePath, signature);
        QVERIFY(signedInfo->signerSubject.contains(u"CN=Report Signer"_s));
        QVERIFY(signedInfo->signerIssuer.contains(u"CN=Report Test CA"_s));
        QVERIFY(signedInfo->notAfter > QDateTime::currentDateTimeUtc());

        // The very command the report prints must accept the signature.
        QByteArray opensslErrors;
        const QString command = opensslVerifyCommand(data, signature, path(u"ca.pem"_s));
        QCOMPARE(runShell(command, &opensslErrors), 0);
        // The chain came from the PKCS#12 into the signature: the CA is embedded.
        QVERIFY(runShell(u"openssl cms -cmsout -print -inform DER -in "_s + signature
                         + u" | grep -q 'Report Test CA'"_s)
                == 0);
        // SHA-256 and a signing time, as the report promises.
        QByteArray printed;
        {
            QProcess print;
            print.start(u"openssl"_s, {u"cms"_s, u"-cmsout"_s, u"-print"_s, u"-inform"_s, u"DER"_s, u"-in"_s,
                                       signature});
            QVERIFY(print.waitForFinished(60000));
            printed = print.readAllStandardOutput();
        }
        QVERIFY(printed.contains("sha256"));
        QVERIFY(printed.contains("signingTime"));
        QVERIFY(printed.contains("eContent: <ABSENT>")); // detached: the data is not inside

        const auto result = verifyDetached(data, signature, path(u"ca.pem"_s));
        QVERIFY(result.has_value());
        QVERIFY(result->intact);
        QVERIFY(result->chainChecked);
        QVERIFY2(result->chainTrusted, qPrintable(result->error));
        QVERIFY(result->error.isEmpty());
        QVERIFY(result->signerSubject.contains(u"CN=Report Signer"_s));
        QVERIFY(result->signerSubject.contains(u"O=Example Migrations"_s));
        QVERIFY(result->signerIssuer.contains(u"CN=Report Test CA"_s));
        QVERIFY(result->signingTime.isValid());
        QVERIFY(qAbs(result->signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(result->notAfter > QDateTime::currentDateTimeUtc());

        // Without a CA bundle: integrity and signer only, chain not checked.
        const auto unchecked = verifyDetached(data, signature, QString());
        QVERIFY(unchecked.has_value());
        QVERIFY(unchecked->intact);
        QVERIFY(!unchecked->chainChecked);
        QVERIFY(!unchecked->chainTrusted);
        QVERIFY(unchecked->signerSubject.contains(u"CN=Report Signer"_s));
        QCOMPARE(runShell(opensslVerifyCommand(data, signature, QString())), 0);
    }

    void changedByteFailsEverywhere()
    {
        const QString data = path(u"changed.html"_s);
        const QString signature = path(u"changed.html.p7s"_s);
        writeRaw(data, "Total rows removed: 1200\n");
        QVERIFY(signDetached(data, path(u"signer.p12"_s), kPassphrase, signature).has_value());
        QCOMPARE(runShell(opensslVerifyCommand(data, signature, path(u"ca.pem"_s))), 0);

        writeRaw(data, "Total rows removed: 1300\n"); // one byte differs
        QVERIFY(runShell(opensslVerifyCommand(data, signature, path(u"ca.pem"_s))) != 0);
        const auto result = verifyDetached(data, signature, path(u"ca.pem"_s));
        QVERIFY(result.has_value());
        QVERIFY(!result->intact);
        QVERIFY(!result->chainTrusted);
        QVERIFY(result->error.contains(u"changed.html"_s));
        QVERIFY(result->error.contains(u"changed after it was signed"_s));
    }

    void untrustedCaKeepsIntegrity()
    {
        const QString data = path(u"report.html"_s);
        const QString signature = path(u"untrusted.p7s"_s);
        QVERIFY(signDetached(data, path(u"signer.p12"_s), kPassphrase, signature).has_value());
        QVERIFY(runShell(opensslVerifyCommand(data, signature, path(u"other.pem"_s))) != 0);
        const auto result = verifyDetached(data, signature, path(u"other.pem"_s));
        QVERIFY(result.has_value());
        QVERIFY(result->intact);
        QVERIFY(result->chainChecked);
        QVERIFY(!result->chainTrusted);
        QVERIFY(result->error.contains(u"not trusted"_s));
        QVERIFY(result->error.contains(u"other.pem"_s));
    }

    void notASignatureIsAnError()
    {
        const auto result = verifyDetached(path(u"report.html"_s), path(u"report.html"_s), path(u"ca.pem"_s));
        QVERIFY(!result.has_value());
        QVERIFY(result.error().contains(u"report.html"_s));
    }

    void signingRefused_data()
    {
        QTest::addColumn<QString>("pkcs12");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<SigningError::Kind>("kind");
        QTest::newRow("wrong passphrase") << u"signer.p12"_s << kWrongPassphrase << SigningError::Kind::WrongPassphrase;
        QTest::newRow("not pkcs12") << u"notapkcs12.p12"_s << kPassphrase << SigningError::Kind::NotPkcs12;
        QTest::newRow("expired") << u"expired.p12"_s << kPassphrase << SigningError::Kind::CertificateExpired;
        QTest::newRow("not yet valid") << u"future.p12"_s << kPassphrase
                                       << SigningError::Kind::CertificateNotYetValid;
        QTest::newRow("certificate only") << u"certonly.p12"_s << kPassphrase << SigningError::Kind::NoPrivateKey;
        QTest::newRow("key only") << u"keyonly.p12"_s << kPassphrase << SigningError::Kind::NoCertificate;
        QTest::newRow("missing file") << u"nosuch.p12"_s << kPassphrase << SigningError::Kind::Io;
    }

    void signingRefused()
    {
        QFETCH(QString, pkcs12);
        QFETCH(QByteArray, passphrase);
        QFETCH(SigningError::Kind, kind);
        const QString signature = path(u"refused.p7s"_s);
        const auto result = signDetached(path(u"report.html"_s), path(pkcs12), passphrase, signature);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, kind);
        QVERIFY2(result.error().message.contains(pkcs12), qPrintable(result.error().message));
        // Neither the passphrase given nor the real one leaks into a message.
        QVERIFY(!result.error().message.contains(QString::fromLatin1(passphrase)));
        QVERIFY(!result.error().message.contains(QString::fromLatin1(kPassphrase)));
        QVERIFY(!QFile::exists(signature));
        if (kind == SigningError::Kind::CertificateExpired)
            QVERIFY(result.error().message.contains(u"2021-01-01"_s));
    }

    void manifestListsAndRechecksFiles()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"export/logs"_s));
        const QString summary = path(u"export/summary.html"_s);
        const QString log = path(u"export/logs/cleanup.log"_s);
        writeRaw(summary, "summary\n");
        writeRaw(log, "cleanup log\n");
        const QString manifest = path(u"export/SHA256SUMS"_s);
        QVERIFY(writeManifest({summary, log}, manifest).has_value());

        QFile file(manifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        file.close();
        // sha256sum format, names relative to the manifest's folder.
        QVERIFY(text.contains(QCryptographicHash::hash("summary\n", QCryptographicHash::Sha256).toHex()
                              + "  summary.html\n"));
        QVERIFY(text.contains("  logs/cleanup.log\n"));
        QCOMPARE(runShell(u"cd "_s + path(u"export"_s) + u" && sha256sum -c --quiet SHA256SUMS"_s), 0);

        auto check = verifyManifest(manifest);
        QVERIFY(check.has_value());
        QVERIFY(check->ok());
        QCOMPARE(check->checked, QStringList({u"summary.html"_s, u"logs/cleanup.log"_s}));

        writeRaw(log, "cleanup log, edited\n");
        check = verifyManifest(manifest);
        QVERIFY(check.has_value());
        QVERIFY(!check->ok());
        QCOMPARE(check->changed, QStringList {u"logs/cleanup.log"_s});
        QVERIFY(check->missing.isEmpty());

        QVERIFY(QFile::remove(summary));
        check = verifyManifest(manifest);
        QVERIFY(check.has_value());
        QCOMPARE(check->missing, QStringList {u"summary.html"_s});

        // The manifest itself is what gets signed.
        const QString signature = manifest + u".p7s"_s;
        QVERIFY(signDetached(manifest, path(u"signer.p12"_s), kPassphrase, signature).has_value());
        QCOMPARE(runShell(opensslVerifyCommand(manifest, signature, path(u"ca.pem"_s))), 0);
    }

    void garbledManifestIsAnError()
    {
        const QString manifest = path(u"garbled.sums"_s);
        writeRaw(manifest, "not a manifest line\n");
        const auto check = verifyManifest(manifest);
        QVERIFY(!check.has_value());
        QVERIFY(check.error().contains(u"garbled.sums"_s));
    }

    void verifyCommandText()
    {
        QCOMPARE(opensslVerifyCommand(u"/tmp/r/report.html"_s, u"/tmp/r/report.html.p7s"_s, u"/tmp/ca.pem"_s),
                 u"openssl cms -verify -binary -inform DER -in /tmp/r/report.html.p7s -content /tmp/r/report.html "
                 "-CAfile /tmp/ca.pem -out /dev/null"_s);
        QCOMPARE(opensslVerifyCommand(u"my report's.html"_s, u"my report's.html.p7s"_s, QString()),
                 u"openssl cms -verify -binary -inform DER -in 'my report'\\''s.html.p7s' -content "
                 "'my report'\\''s.html' -noverify -out /dev/null"_s);
    }
};

QTEST_GUILESS_MAIN(ReportSignerTest)
#include "reportsigner_test.moc"
