#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QVBoxLayout;

namespace Stridewise {

/**
 * The messages above the days, most serious first: red flags (urgent care, then see a clinician) in
 * strong red that cannot be missed, then the read-only notice, the week's adaptations and what did not fit.
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
    };

    explicit WeekBanner(QWidget *parent = nullptr);

    /** Shows these messages, sorted by level (stable); hides the banner when there are none. */
    void setMessages(QList<Message> messages);
    const QList<Message> &messages() const { return m_messages; }

private:
    QList<Message> m_messages;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace Stridewise
