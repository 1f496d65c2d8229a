// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <expected>

namespace Ismw {

// Why signing a report failed. The kind lets the UI react (ask for the
// passphrase again on WrongPassphrase); the message is translated, names the
// file and says what to do. It never contains the passphrase.
struct SigningError
{
    enum class Kind {
        WrongPassphrase,
        NotPkcs12, // unreadable, corrupt or not a PKCS#12 file at all
        NoCertificate, // a key without its certificate
        NoPrivateKey,
        CertificateExpired,
        CertificateNotYetValid,
        Io,
        Other,
    };
    Kind kind = Kind::Other;
    QString message;
};

struct SignatureInfo
{
    QString signaturePath;
    QString signerSubject;
    QString signerIssuer;
    QDateTime notAfter;
};

struct VerificationResult
{
    bool intact = false; // the data is exactly what was signed
    bool chainTrusted = false; // false as well when no CA bundle was given
    bool chainChecked = false; // a CA bundle was given and used
    QString signerSubject;
    QString signerIssuer;
    QDateTime signingTime; // UTC; invalid when the signature has no signing time
    QDateTime notAfter;
    QString error; // translated; empty when intact and (if checked) trusted
};

struct ManifestCheck
{
    QStringList checked; // names as listed in the manifest
    QStringList changed;
    QStringList missing;
    bool ok() const { return changed.isEmpty() && missing.isEmpty(); }
};

// Writes "<sha-256 hex>  <name>" per file (the sha256sum format, so
// `sha256sum -c` checks it too), names relative to the manifest's folder.
std::expected<void, QString> writeManifest(const QStringList& files, const QString& manifestPath);

// Re-hashes every file listed in the manifest.
std::expected<ManifestCheck, QString> verifyManifest(const QString& manifestPath);

// A CMS (PKCS#7) detached signature over dataPath, SHA-256, with the signing
// time and the PKCS#12's certificate chain, written as DER to signaturePath.
// The passphrase is only handed to OpenSSL; the caller owns and wipes it.
std::expected<SignatureInfo, SigningError> signDetached(const QString& dataPath, const QString& pkcs12Path,
                                                        const QByteArray& passphrase, const QString& signaturePath);

// Checks that dataPath matches the signature and, when caBundlePath is not
// empty, that the signer chains to a CA in that PEM bundle. An unreadable
// signature is an error; a mismatch is a result with intact == false.
std::expected<VerificationResult, QString> verifyDetached(const QString& dataPath, const QString& signaturePath,
                                                          const QString& caBundlePath);

// The command a reader of the report can run to check it without this tool.
// Without a CA bundle it uses -noverify (integrity only).
QString opensslVerifyCommand(const QString& dataPath, const QString& signaturePath, const QString& caPath);

} // namespace Ismw
