#pragma once

#include "emulatorhttp.h"
#include "mediamaker.h"

#include <QHash>
#include <QUrl>

#include <functional>

namespace storyreel::emulator {

class EmulatorCore;

// The emulator's second origin: public result files (Cloudinary / R2 style URLs), presigned S3-style
// objects (t2m) and one-shot copies of main-origin answers for RedirectToCdn faults. It never needs a
// token; a presigned request that also carries Authorization is refused as S3 refuses it, so a client
// leaking its token across origins fails loudly.
class CdnOrigin final
{
public:
    using Generator = std::function<MediaMaker::File()>;  // makes the file on first request

    explicit CdnOrigin(EmulatorCore *core);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

    // A public object at `path` (e.g. "/files/aistudio/<id>.mp4"); returns its absolute URL.
    QUrl publish(const QString &path, Generator generator);
    QUrl publicUrl(const QString &path) const;
    void remove(const QString &path);
    // A private object reachable only through presigned URLs (X-Amz-* query) valid for
    // `expiresSeconds` of virtual time; `attachment` adds response-content-disposition.
    void addPrivate(const QString &path, Generator generator);
    QUrl presign(const QString &path, int expiresSeconds, bool attachment = false) const;
    // Keeps a copy of `response` and returns the CDN URL that serves it (RedirectToCdn faults).
    QUrl stash(const EmuResponse &response);

    EmuResponse handle(const EmuRequest &request);

private:
    EmuResponse servePresigned(const EmuRequest &request, const Generator &generator) const;
    EmuResponse serve(const EmuRequest &request, const Generator &generator) const;
    QByteArray signature(const QString &path, const QString &date, const QString &expires,
                         const QString &disposition) const;
    static EmuResponse s3Error(int status, const QString &code, const QString &message);

    EmulatorCore *m_core;
    QUrl m_baseUrl;
    QByteArray m_secret;
    QHash<QString, Generator> m_public;
    QHash<QString, Generator> m_private;
    QHash<QString, EmuResponse> m_stashed;
};

}  // namespace storyreel::emulator
