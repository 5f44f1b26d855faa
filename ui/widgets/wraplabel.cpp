#include "ui/widgets/wraplabel.h"

#include <QEvent>

namespace Stridewise {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrapLabel::WrapLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrapLabel::checkState() const
{
    // setText(), setMargin() and the like are not virtual and send no event: compare what the heights were for.
    if (text() != m_text || margin() != m_margin || indent() != m_indent || alignment() != m_alignment
        || textFormat() != m_format) {
        m_heights.clear();
        m_text = text();
        m_margin = margin();
        m_indent = indent();
        m_alignment = alignment();
        m_format = textFormat();
    }
}

int WrapLabel::heightForWidth(int width) const
{
    checkState();
    if (const auto it = m_heights.constFind(width); it != m_heights.cend())
        return *it;
    if (m_heights.size() > 64)
        m_heights.clear(); // a window dragged through many widths: keep the table small
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace Stridewise
