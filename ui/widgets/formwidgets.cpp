#include "ui/widgets/formwidgets.h"

#include "core/model/validation.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSpinBox>

namespace Stridewise::FormWidgets {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::FormWidgets", text);
}
} // namespace

QColor alertRed()
{
    return QColor(0xC6, 0x28, 0x28);
}

QSpinBox *minutesSpinBox(const QString &objectName, const QString &accessibleName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, Limits::kMaxSessionMinutes);
    box->setSuffix(tr(" min"));
    box->setValue(qBound(1, value, Limits::kMaxSessionMinutes));
    box->setAccessibleName(accessibleName);
    return box;
}

QSpinBox *scoreSpinBox(const QString &objectName, const QString &accessibleName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(Limits::kMinScore, Limits::kMaxScore);
    box->setSuffix(tr(" / 10"));
    box->setValue(qBound(Limits::kMinScore, value, Limits::kMaxScore));
    box->setAccessibleName(accessibleName);
    return box;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette red = label->palette();
    red.setColor(QPalette::WindowText, alertRed());
    label->setPalette(red);
    label->hide();
    return label;
}

} // namespace Stridewise::FormWidgets
