#include "core/model/shoe.h"

#include <QCoreApplication>

namespace Stridewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Shoe", text);
}
} // namespace

Result<void> validateShoe(const Shoe &shoe)
{
    const QString name = shoe.name.trimmed();
    if (name.isEmpty())
        return Result<void>::failure(ErrorKind::Invalid, tr("A shoe needs a name."));
    if (name.size() > Shoe::kMaxNameLength) {
        return Result<void>::failure(ErrorKind::Invalid,
            tr("The shoe's name is %1 characters long; at most %2 fit.").arg(name.size()).arg(Shoe::kMaxNameLength));
    }
    if (shoe.comfort && (*shoe.comfort < Shoe::kMinComfort || *shoe.comfort > Shoe::kMaxComfort))
        return Result<void>::failure(ErrorKind::Invalid, tr("Comfort %1 is outside 1–5.").arg(*shoe.comfort));
    if (shoe.retireKm < 1 || shoe.retireKm > Shoe::kMaxRetireKm) {
        return Result<void>::failure(
            ErrorKind::Invalid, tr("Retire at %1 km is outside 1–%2 km.").arg(shoe.retireKm).arg(Shoe::kMaxRetireKm));
    }
    if (shoe.started.isValid() && shoe.retired.isValid() && shoe.retired < shoe.started) {
        return Result<void>::failure(ErrorKind::Invalid,
            tr("The shoe is retired on %1, before it was started on %2.")
                .arg(shoe.retired.toString(Qt::ISODate), shoe.started.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace Stridewise
