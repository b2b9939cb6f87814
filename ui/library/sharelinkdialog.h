#pragma once

#include <QDialog>

class QButtonGroup;

namespace storyreel {

// Asks how long a share link stays valid (1 hour, 1 day or 7 days: S3's longest) before it is made and
// copied. Window-modal through open(); the caller acts on chosen().
class ShareLinkDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShareLinkDialog(const QString &what, QWidget *parent = nullptr);

    qint64 expiresSeconds() const;
    // One of the offered lengths (3600, 86400, 604800); others are ignored.
    void setExpiresSeconds(qint64 seconds);

    static constexpr qint64 kHour = 3600;
    static constexpr qint64 kDay = 24 * kHour;
    static constexpr qint64 kWeek = 7 * kDay;

Q_SIGNALS:
    void chosen(qint64 expiresSeconds);

private:
    void accept() override;

    QButtonGroup *m_lengths;
};

}  // namespace storyreel
