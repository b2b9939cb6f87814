#include "filedigest.h"

#include "mediacontrol.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace storyreel {
namespace {

struct FileHashing
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::FileHashing)
};

using Digest = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Digest makeDigest(const EVP_MD *type)
{
    Digest context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (context && EVP_DigestInit_ex(context.get(), type, nullptr) != 1)
        context.reset();
    return context;
}

QByteArray finish(EVP_MD_CTX *context)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
}

}  // namespace

Result<FileDigest> digestFile(const QString &path, const MediaControl *control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{FileHashing::tr("cannot read %1: %2").arg(path, file.errorString()),
                       FailureKind::BadInput};
    Digest sha = makeDigest(EVP_sha256());
    Digest md5 = makeDigest(EVP_md5());
    if (!sha || !md5)
        return Failure{FileHashing::tr("cannot hash %1: OpenSSL refused the digests").arg(path)};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    FileDigest digest;
    for (;;) {
        if (control && control->cancelled())
            return Failure{FileHashing::tr("cancelled"), FailureKind::Cancelled};
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return Failure{FileHashing::tr("cannot read %1: %2").arg(path, file.errorString())};
        if (read == 0)
            break;
        EVP_DigestUpdate(sha.get(), buffer.constData(), size_t(read));
        EVP_DigestUpdate(md5.get(), buffer.constData(), size_t(read));
        digest.size += read;
    }
    digest.sha256 = QString::fromLatin1(finish(sha.get()));
    digest.md5 = finish(md5.get());
    return digest;
}

QByteArray md5Hex(const QByteArray &bytes)
{
    Digest md5 = makeDigest(EVP_md5());
    EVP_DigestUpdate(md5.get(), bytes.constData(), size_t(bytes.size()));
    return finish(md5.get());
}

}  // namespace storyreel
