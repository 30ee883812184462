#pragma once

#include "replay/ReplayFinisher.h"
#include "show/ShowDocument.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMediaPlayer;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVideoWidget;

namespace vitrine {

class ChapterSlider;
class ReplayJob;
struct ReplayFiles;

// Reviews a finished replay (OUT.mp4 and its OUT.replay.json manifest): a player whose timeline marks the
// chapters, the product chapters (title, start, price, thumbnail) that jump the player there, and the export
// of one clip per product chapter (ReplayJob, off the GUI thread, with progress and Cancel).
class ReplayReviewWindow : public QDialog {
    Q_OBJECT
public:
    // `eventsPath` is the show's event log the clips are cut from (empty: OUT.events.jsonl beside the video);
    // `show` gives the clips' products (copied; may be null).
    ReplayReviewWindow(const QString& mp4Path, const QString& eventsPath, const ShowDocument* show,
                       QWidget* parent = nullptr);
    ~ReplayReviewWindow() override;

    // Opens a review window that deletes itself when closed.
    static ReplayReviewWindow* open(const QString& mp4Path, const QString& eventsPath,
                                    const ShowDocument* show, QWidget* parent);

    // What went wrong with the replay (no manifest, a corrupt one, an unplayable video); empty when nothing.
    QString problem() const { return m_problem; }
    QListWidget* chapterList() const { return m_chapters; }
    ChapterSlider* timeline() const { return m_slider; }
    QCheckBox* exactCut() const { return m_exactCut; }
    QMediaPlayer* player() const { return m_player; }
    // The last position asked for (a chapter clicked, the slider moved), applied once the video is loaded.
    qint64 requestedPositionMs() const { return m_requestedMs; }
    void seek(qint64 ms);

private:
    struct Chapter {
        qint64 startMs = 0;
        QString title;
        QString sku;
        QString price;
        int number = 0; // 1-based among all chapters, as the clips' names count them
    };

    bool loadManifest();
    void fillChapters();
    QString thumbnailOf(const Chapter& chapter) const;
    void setProblem(const QString& text);
    void onExportClicked();
    void onClipsFinished(bool ok, const QString& error, const ReplayFiles& files);
    void updateTime();
    void applyPendingSeek();

    QString m_mp4;
    QString m_manifestPath;
    QString m_eventsPath;
    std::optional<ShowDocument> m_show;
    QList<Chapter> m_chapterData;
    qint64 m_durationMs = 0;
    qint64 m_requestedMs = 0;
    std::optional<qint64> m_pendingSeek; // asked of the player until it is there
    int m_seekTries = 0;
    QTimer m_seekRetry;
    QString m_problem;

    QMediaPlayer* m_player;
    QVideoWidget* m_video;
    QToolButton* m_playPause;
    ChapterSlider* m_slider;
    QLabel* m_time;
    QListWidget* m_chapters;
    QLabel* m_message;
    QPushButton* m_export;
    QCheckBox* m_exactCut;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    ReplayJob* m_job;
};

} // namespace vitrine
