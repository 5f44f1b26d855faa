#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Stridewise {

struct PlannedSession;

/** Marks a session as skipped; the reason is optional and kept as the session's note. */
class SkipDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SkipDialog(const PlannedSession &session, QWidget *parent = nullptr);
    QString reason() const;
    void accept() override;

private:
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Stridewise
