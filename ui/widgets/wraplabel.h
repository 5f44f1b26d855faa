#pragma once

#include <QHash>
#include <QLabel>

namespace Stridewise {

/**
 * A word-wrapped label that remembers its height for each width it was asked about. Qt's layouts ask a wrapped
 * label's heightForWidth many times while a window is laid out, and QLabel lays its text out again each time: 357
 * times while the main window first showed (29.6M instructions; 7.7M with the heights remembered, issue 15). The
 * answers are forgotten when the text, margin, indent, alignment, format, font or style changes.
 */
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);
    explicit WrapLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Forgets every remembered size when something that shapes the text changed without an event. */
    void checkState() const;

    mutable QHash<int, int> m_heights;
    mutable Qt::Alignment m_alignment;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable QString m_text; ///< the text the heights are for
    mutable int m_margin = 0; ///< and the margin and indent (setters that send no event)
    mutable int m_indent = -1;
};

} // namespace Stridewise
