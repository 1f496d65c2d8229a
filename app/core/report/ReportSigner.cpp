// SPDX-License-Identifier: Apache-2.0
#include "report/ReportSigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ReportSigner)
};

// RAII for the OpenSSL objects: every early return frees what was made.
template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T* p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;

void freeCertStack(STACK_OF(X509) * stack) { sk_X509_pop_free(stack, X509_free); }
using CertStackPtr = std::unique_ptr<STACK_OF(X509), Deleter<freeCertStack>>;

// The OpenSSL error queue, oldest first, for messages that need a detail.
QString takeOpenSslErrors()
{
    QStringList parts;
    while (unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(u"; "_s);
}

BioPtr memoryBio(const QByteArray& bytes)
{
    // The BIO only reads; `bytes` outlives it in every caller.
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::UTC);
}

QString nameText(const X509_NAME* name)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    return QString::fromUtf8(bioBytes(out.get()));
}

std::expected<QByteArray, QString> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Text::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

std::expected<void, QString> writeAtomically(const QString& path, const QByteArray& bytes)
{
    // QSaveFile: a reader never sees half a signature or half a manifest.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(Text::tr("Cannot write %1: %2. Choose a folder you can write to.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

std::expected<QByteArray, QString> sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return std::unexpected(file.errorString());
    return hash.result().toHex();
}

SigningError signingError(SigningError::Kind kind, QString message)
{
    return SigningError {kind, std::move(message)};
}

// Paths go into a shell command line a user copies: quote anything that is
// not plainly safe, POSIX style.
QString shellQuoted(const QString& text)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_./:=+-]+$"_s);
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

} // namespace

std::expected<void, QString> writeManifest(const QStringList& files, const QString& manifestPath)
{
    const QDir base = QFileInfo(manifestPath).absoluteDir();
    QByteArray text;
    for (const QString& path : files) {
        const auto digest = sha256Of(path);
        if (!digest)
            return std::unexpected(Text::tr("Cannot read %1 to list it in the manifest: %2.")
                                       .arg(QDir::toNativeSeparators(path), digest.error()));
        // Two spaces: the sha256sum text format, so `sha256sum -c` reads it.
        text += *digest + "  " + base.relativeFilePath(QFileInfo(path).absoluteFilePath()).toUtf8() + '\n';
    }
    return writeAtomically(manifestPath, text);
}

std::expected<ManifestCheck, QString> verifyManifest(const QString& manifestPath)
{
    const auto text = readAll(manifestPath);
    if (!text)
        return std::unexpected(text.error());
    const QDir base = QFileInfo(manifestPath).absoluteDir();
    ManifestCheck check;
    const QList<QByteArray> lines = text->split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype gap = line.indexOf("  ");
        if (gap != 64)
            return std::unexpected(Text::tr("%1 is not a manifest written by this tool: the line \"%2\" has no "
                                            "SHA-256 and file name. Export the report again.")
                                       .arg(QDir::toNativeSeparators(manifestPath), QString::fromUtf8(line)));
        const QByteArray expected = line.left(gap).toLower();
        const QString name = QString::fromUtf8(line.mid(gap + 2));
        check.checked << name;
        const QString path = base.filePath(name);
        if (!QFileInfo::exists(path)) {
            check.missing << name;
            continue;
        }
        const auto digest = sha256Of(path);
        if (!digest || *digest != expected)
            check.changed << name;
    }
    return check;
}

std::expected<SignatureInfo, SigningError> signDetached(const QString& dataPath, const QString& pkcs12Path,
                                                        const QByteArray& passphrase, const QString& signaturePath)
{
    using Kind = SigningError::Kind;
    ERR_clear_error();
    const QString p12Name = QDir::toNativeSeparators(pkcs12Path);

    const auto p12Bytes = readAll(pkcs12Path);
    if (!p12Bytes)
        return std::unexpected(signingError(Kind::Io, p12Bytes.error()));
    BioPtr p12Bio = memoryBio(*p12Bytes);
    Pkcs12Ptr p12(p12Bio ? d2i_PKCS12_bio(p12Bio.get(), nullptr) : nullptr);
    if (!p12) {
        ERR_clear_error();
        return std::unexpected(signingError(
            Kind::NotPkcs12, Text::tr("%1 is not a PKCS#12 file (.p12 or .pfx), or it is damaged. Export the "
                                      "signing key and its certificate chain as PKCS#12 and choose that file.")
                                 .arg(p12Name)));
    }

    // PKCS#12 tools differ on an empty password: some mean no password (NULL),
    // some the empty string. Accept either, as the openssl command does.
    const char* pass = passphrase.isEmpty() ? "" : passphrase.constData();
    const int passLength = int(passphrase.size());
    if (PKCS12_mac_present(p12.get())) {
        const bool macOk = PKCS12_verify_mac(p12.get(), pass, passLength) == 1
            || (passphrase.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1);
        if (!macOk) {
            ERR_clear_error();
            return std::unexpected(signingError(
                Kind::WrongPassphrase,
                Text::tr("The passphrase for %1 is wrong. Enter the passphrase that protects this PKCS#12 file.")
                    .arg(p12Name)));
        }
    }

    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    int parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCert, &rawChain);
    if (parsed != 1 && passphrase.isEmpty())
        parsed = PKCS12_parse(p12.get(), nullptr, &rawKey, &rawCert, &rawChain);
    KeyPtr key(rawKey);
    X509Ptr cert(rawCert);
    CertStackPtr chain(rawChain);
    if (parsed != 1) {
        const QString detail = takeOpenSslErrors();
        return std::unexpected(signingError(
            Kind::NotPkcs12, Text::tr("Cannot open %1 (%2). Check that it is a PKCS#12 file made for signing; "
                                      "files that use old encryption may need to be exported again.")
                                 .arg(p12Name, detail)));
    }
    if (!key)
        return std::unexpected(signingError(
            Kind::NoPrivateKey, Text::tr("%1 holds no private key. Export the signing key together with its "
                                         "certificate.")
                                    .arg(p12Name)));
    if (!cert)
        return std::unexpected(signingError(
            Kind::NoCertificate, Text::tr("%1 holds a key but no certificate. Export the key together with its "
                                          "certificate and chain.")
                                     .arg(p12Name)));

    // A signature by an expired certificate fails every later check, so it is
    // refused here rather than discovered by the reader of the report.
    const QDateTime notAfter = toDateTime(X509_get0_notAfter(cert.get()));
    const QDateTime notBefore = toDateTime(X509_get0_notBefore(cert.get()));
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0)
        return std::unexpected(signingError(
            Kind::CertificateExpired, Text::tr("The certificate in %1 expired on %2. Renew it or choose a valid "
                                               "signing certificate.")
                                          .arg(p12Name, notAfter.toString(Qt::ISODate))));
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0)
        return std::unexpected(signingError(
            Kind::CertificateNotYetValid, Text::tr("The certificate in %1 is not valid before %2. Check the "
                                                   "computer's clock or choose another certificate.")
                                              .arg(p12Name, notBefore.toString(Qt::ISODate))));

    const auto data = readAll(dataPath);
    if (!data)
        return std::unexpected(signingError(Kind::Io, data.error()));
    BioPtr dataBio = memoryBio(*data);

    // CMS_PARTIAL so the digest is named (SHA-256) rather than left to the
    // library default; the chain from the PKCS#12 goes in so a verifier only
    // needs the root.
    const unsigned flags = CMS_DETACHED | CMS_BINARY;
    CmsPtr cms(CMS_sign(nullptr, nullptr, chain.get(), nullptr, flags | CMS_PARTIAL));
    if (!cms || !CMS_add1_signer(cms.get(), cert.get(), key.get(), EVP_sha256(), flags)
        || CMS_final(cms.get(), dataBio.get(), nullptr, flags) != 1)
        return std::unexpected(signingError(
            Kind::Other, Text::tr("Cannot sign %1 with %2: %3.")
                             .arg(QDir::toNativeSeparators(dataPath), p12Name, takeOpenSslErrors())));

    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || i2d_CMS_bio(out.get(), cms.get()) != 1)
        return std::unexpected(signingError(Kind::Other, Text::tr("Cannot encode the signature of %1: %2.")
                                                             .arg(QDir::toNativeSeparators(dataPath),
                                                                  takeOpenSslErrors())));
    if (auto written = writeAtomically(signaturePath, bioBytes(out.get())); !written)
        return std::unexpected(signingError(Kind::Io, written.error()));

    return SignatureInfo {signaturePath, nameText(X509_get_subject_name(cert.get())),
                          nameText(X509_get_issuer_name(cert.get())), notAfter};
}

std::expected<VerificationResult, QString> verifyDetached(const QString& dataPath, const QString& signaturePath,
                                                          const QString& caBundlePath)
{
    ERR_clear_error();
    const QString sigName = QDir::toNativeSeparators(signaturePath);
    const auto sigBytes = readAll(signaturePath);
    if (!sigBytes)
        return std::unexpected(sigBytes.error());
    const auto data = readAll(dataPath);
    if (!data)
        return std::unexpected(data.error());

    BioPtr sigBio = memoryBio(*sigBytes);
    CmsPtr cms(sigBio ? d2i_CMS_bio(sigBio.get(), nullptr) : nullptr);
    if (!cms) {
        ERR_clear_error();
        return std::unexpected(
            Text::tr("%1 is not a CMS signature in DER form (.p7s). Choose the signature file exported with the "
                     "report.")
                .arg(sigName));
    }

    VerificationResult result;
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    CMS_SignerInfo* signerInfo = signerInfos ? sk_CMS_SignerInfo_value(signerInfos, 0) : nullptr;
    if (!signerInfo)
        return std::unexpected(Text::tr("%1 holds no signer. Choose the signature file exported with the report.")
                                   .arg(sigName));

    // The signer's certificate, found among the embedded ones by the signer
    // identifier, without trusting anything yet.
    CertStackPtr certs(CMS_get1_certs(cms.get()));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        X509* cert = sk_X509_value(certs.get(), i);
        if (CMS_SignerInfo_cert_cmp(signerInfo, cert) == 0) {
            result.signerSubject = nameText(X509_get_subject_name(cert));
            result.signerIssuer = nameText(X509_get_issuer_name(cert));
            result.notAfter = toDateTime(X509_get0_notAfter(cert));
            break;
        }
    }
    const int timeIndex = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, timeIndex), 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME))
            result.signingTime = toDateTime(value->value.utctime);
    }

    // Integrity first, trust separately: a report whose CA is unknown to this
    // machine is still worth showing as unchanged.
    {
        BioPtr dataBio = memoryBio(*data);
        result.intact = CMS_verify(cms.get(), nullptr, nullptr, dataBio.get(), nullptr,
                                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
            == 1;
        ERR_clear_error();
    }
    if (!result.intact) {
        result.error = Text::tr("%1 does not match its signature %2: the file was changed after it was signed, "
                                "or the signature belongs to another file. Do not rely on its content; export "
                                "the report again.")
                           .arg(QDir::toNativeSeparators(dataPath), sigName);
        return result;
    }

    if (caBundlePath.isEmpty())
        return result;

    result.chainChecked = true;
    StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_load_file(store.get(), QFile::encodeName(caBundlePath).constData()) != 1) {
        ERR_clear_error();
        result.error = Text::tr("Cannot read the CA certificates in %1, so the signer was not checked. Choose a "
                                "PEM file with the certificate authority.")
                           .arg(QDir::toNativeSeparators(caBundlePath));
        return result;
    }
    BioPtr dataBio = memoryBio(*data);
    result.chainTrusted = CMS_verify(cms.get(), nullptr, store.get(), dataBio.get(), nullptr, CMS_BINARY) == 1;
    if (!result.chainTrusted) {
        const QString detail = takeOpenSslErrors();
        result.error = Text::tr("The file is unchanged, but the signer %1 is not trusted by the certificate "
                                "authorities in %2 (%3). Check that you chose the right CA file.")
                           .arg(result.signerSubject, QDir::toNativeSeparators(caBundlePath), detail);
    }
    return result;
}

QString opensslVerifyCommand(const QString& dataPath, const QString& signaturePath, const QString& caPath)
{
    QString command = u"openssl cms -verify -binary -inform DER -in "_s + shellQuoted(signaturePath)
        + u" -content "_s + shellQuoted(dataPath);
    command += caPath.isEmpty() ? u" -noverify"_s : u" -CAfile "_s + shellQuoted(caPath);
    return command + u" -out /dev/null"_s;
}

} // namespace Ismw
