#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QVBoxLayout;

namespace Stridewise {

class PlanDocument;

/**
 * The messages above the days, most serious first: red flags (urgent care, then see a clinician) in
 * strong red that cannot be missed, then the read-only notice, the last save that failed, the week's
 * adaptations and what did not fit. It follows the document: the week shown, its pain log and its saves.
 *
 * One red banner at most: when the week was planned around the red flag that governs it, the plan's own
 * red-flag message says what to do; otherwise the core's banner for the red flags pending (RedFlags::banner()).
 * While red flags are pending the red banner offers to record that a clinician has seen the runner. A week planned
 * around red flags that are no longer pending says so calmly and points to Re-plan.
 */
class WeekBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Level
    {
        Urgent,
        RedFlag,
        ReadOnly,
        SaveFailed,
        Adaptation,
        NotFitted
    };
    struct Message
    {
        Level level = Level::Adaptation;
        QString text;
        bool offersClearance = false; ///< a red flag still pending: the banner has "A Clinician Has Seen Me…"
    };

    explicit WeekBanner(PlanDocument &document, QWidget *parent = nullptr);

    /** Composes the messages again from the document (it does so by itself on the document's signals). */
    void refresh();
    const QList<Message> &messages() const { return m_messages; }

signals:
    /** The red banner's "A Clinician Has Seen Me…" button (issue 17: red flags stay until a clinician clears them). */
    void clearanceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<Message> compose() const;
    void display(QList<Message> messages);

    PlanDocument &m_document;
    QString m_lastFailure; ///< until the next successful save
    QList<Message> m_messages;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace Stridewise
