// SPDX-License-Identifier: Apache-2.0
#pragma once

// A small PKI for the tests of signed reports, made with the `openssl`
// command, never with the code under test, so that a mistake in the signing
// code cannot cancel out in its own fixtures: a CA ("ca.pem"), a signer's
// certificate issued by it and the signer's PKCS#12 ("signer.p12", chain
// included) protected by kTestPassphrase.

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ismw::TestPki {

inline constexpr char kTestPassphrase[] = "correct horse battery";

// Runs `openssl ARGUMENTS` in `folder`: what it printed on stdout, or
// nothing (with a warning naming the command and its error) if it failed.
inline std::optional<QByteArray> opensslOutput(const QString& folder, const QStringList& arguments)
{
    using namespace Qt::StringLiterals;
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << "failed:"
                             << QString::fromLocal8Bit(process.readAllStandardError());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

inline bool openssl(const QString& folder, const QStringList& arguments)
{
    return opensslOutput(folder, arguments).has_value();
}

inline QStringList ecKey()
{
    using namespace Qt::StringLiterals;
    return { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s };
}

// A self-signed CA: <name>.pem and <name>.key in `folder`, valid 30 days.
inline bool makeCa(const QString& folder, const QString& name, const QString& commonName)
{
    using namespace Qt::StringLiterals;
    return openssl(folder,
        QStringList { u"req"_s, u"-x509"_s } + ecKey()
            + QStringList { u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"30"_s,
                u"-subj"_s, u"/CN="_s + commonName });
}

// Makes the CA (ca.pem/ca.key), the signer's signer.key, signer.csr and
// signer.pem, and signer.p12 (key, certificate and CA) in `folder`.
inline bool makeSigner(const QString& folder, const QString& signerName = QStringLiteral("Report Signer"),
    const QByteArray& passphrase = kTestPassphrase)
{
    using namespace Qt::StringLiterals;
    const QStringList ec = ecKey();
    return makeCa(folder, u"ca"_s, u"Report Test CA"_s)
        && openssl(folder,
            QStringList { u"req"_s } + ec
                + QStringList { u"-keyout"_s, u"signer.key"_s, u"-out"_s, u"signer.csr"_s, u"-subj"_s,
                    u"/O=Example Migrations/CN="_s + signerName })
        && openssl(folder,
            { u"x509"_s, u"-req"_s, u"-in"_s, u"signer.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                u"-set_serial"_s, u"2"_s, u"-days"_s, u"30"_s, u"-out"_s, u"signer.pem"_s })
        && openssl(folder,
            { u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"signer.key"_s, u"-in"_s, u"signer.pem"_s, u"-certfile"_s,
                u"ca.pem"_s, u"-out"_s, u"signer.p12"_s, u"-passout"_s,
                u"pass:"_s + QString::fromLatin1(passphrase) });
}

} // namespace Ismw::TestPki
