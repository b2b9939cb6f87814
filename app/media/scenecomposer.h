#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

struct AVFrame;
struct SwsContext;

namespace storyreel {

// One scene of a render, prepared once and sampled per frame. The still (or, without one, a card
// drawn from the scene's text) is decoded, cover-scaled to the output size times the largest zoom and
// converted to YUV 4:4:4 a single time; each frame is then one YUV-to-YUV swscale pass from a crop of
// it (1-pixel steps on every plane) straight into the encoder's 4:2:0 frame, with no colour work per
// frame. Captions are drawn once with Qt (any script, any font) and alpha-blended in YUV.
class SceneComposer final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::SceneComposer)

public:
    struct Motion
    {
        double zoomFrom = 1.0;  // 1.0 shows the whole prepared still, kMaxZoom shows it pixel for pixel
        double zoomTo = 1.0;
        double panX = 0.0;  // -1..1: from one side of the free area to the other over the scene
        double panY = 0.0;
    };
    static constexpr double kMaxZoom = 1.12;

    // imagePath empty: a card with `text`. caption empty: no caption. index varies card colours.
    static Result<std::unique_ptr<SceneComposer>> prepare(const QString &imagePath, const QString &text,
                                                          const QString &caption, QSize outputSize,
                                                          Motion motion, int index);
    ~SceneComposer();

    // Draws the scene at progress 0..1 of its visible span into a YUV 4:2:0 frame of the output size.
    Status drawInto(AVFrame *frame, double progress);
    // Blends this scene's caption into the frame at the given opacity (0..1); no-op without caption.
    void blendCaption(AVFrame *frame, double opacity) const;
    bool hasCaption() const { return !m_captionAlpha.empty(); }

    static Motion motionFor(int sceneIndex, bool enabled);
    static QImage drawCard(const QString &text, QSize size, int index);

private:
    SceneComposer() = default;
    void prepareCaption(const QString &caption);

    Status convertSource(const QImage &rgb);

    QSize m_sourceSize;                // outputSize * kMaxZoom
    std::vector<uint8_t> m_source[3];  // Y, U, V at m_sourceSize (4:4:4, BT.709 limited range)
    QSize m_output;
    Motion m_motion;
    SwsContext *m_sws = nullptr;
    // Static scenes (no motion) are converted once and copied per frame.
    std::vector<uint8_t> m_staticPlanes[3];
    bool m_static = false;
    // Caption band: rows [m_captionTop, m_captionTop + height) in Y, alpha 0..255 and colour per plane.
    int m_captionTop = 0;
    int m_captionHeight = 0;
    std::vector<uint8_t> m_captionY, m_captionU, m_captionV, m_captionAlpha, m_captionChromaAlpha;
};

}  // namespace storyreel
