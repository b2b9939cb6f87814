#pragma once

#include "job.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace storyreel {

// The right side of the Jobs workspace: the selected job's summary, error, output (path and a poster
// made off the UI thread), parameters as pretty JSON and its event log.
class JobDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    // dataRoot: the data folder; relative output paths resolve against it and posters cache under it.
    explicit JobDetailsPane(QString dataRoot, QWidget *parent = nullptr);

    void showJob(const Job &job, const QString &providerName, const QList<JobEvent> &events);
    void clear();
    RowId jobId() const { return m_jobId; }
    QString absoluteOutputPath(const Job &job) const;

Q_SIGNALS:
    // A poster for the job shown was loaded and displayed (or could not be made: image null).
    void posterShown(qint64 jobId, const QImage &image);

private:
    void requestPoster(const Job &job);
    void setPoster(quint64 request, qint64 jobId, const QImage &image);
    QLabel *sectionLabel(const QString &text);

    QString m_dataRoot;
    RowId m_jobId = 0;
    QString m_posterSource;       // the output the current poster shows; avoids remaking it on progress ticks
    quint64 m_posterRequest = 0;  // the latest request; older answers are dropped
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_errorHeading;
    QLabel *m_error;
    QLabel *m_outputHeading;
    QLabel *m_output;
    QLabel *m_poster;
    QPlainTextEdit *m_params;
    QTreeWidget *m_events;
};

}  // namespace storyreel
