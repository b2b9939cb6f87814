#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace storyreel {
namespace {

struct Sha256
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Sha256)
};

struct DigestDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using DigestPtr = std::unique_ptr<EVP_MD_CTX, DigestDeleter>;

QString finish(EVP_MD_CTX *context)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

}  // namespace

QString sha256Hex(const QByteArray &bytes)
{
    DigestPtr context(EVP_MD_CTX_new());
    EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
    EVP_DigestUpdate(context.get(), bytes.constData(), std::size_t(bytes.size()));
    return finish(context.get());
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString shown = QDir::toNativeSeparators(path);
        return Failure{file.exists() ? Sha256::tr("cannot read %1: %2").arg(shown, file.errorString())
                                     : Sha256::tr("%1 does not exist").arg(shown),
                       FailureKind::BadInput};
    }
    DigestPtr context(EVP_MD_CTX_new());
    EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return Failure{
                Sha256::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), std::size_t(read));
    }
    return finish(context.get());
}

}  // namespace storyreel
