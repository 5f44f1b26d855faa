// WrapLabel remembers heights per width (issue 15): it must answer exactly as QLabel does, and never with a height
// remembered for a text, margin or font it no longer has.

#include "ui/widgets/wraplabel.h"

#include <QApplication>
#include <QEvent>

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {

const QString kShort = QStringLiteral("Easy run, 22 min");
const QString kLong =
    QStringLiteral("Easier week: 68 min of running this week, 76 % of the 90 min the week would have "
                   "had at your level of 90 min (every fourth week, after 51 planned weeks in a row).");

/** A plain QLabel set up as the WrapLabel is: what the remembered answers must equal. */
int qlabelHeight(const WrapLabel &like, int width)
{
    QLabel plain(like.text());
    plain.setWordWrap(true);
    plain.setFont(like.font());
    plain.setMargin(like.margin());
    plain.setIndent(like.indent());
    plain.setTextFormat(like.textFormat());
    return plain.heightForWidth(width);
}

} // namespace

TEST(WrapLabel, AnswersAsQLabelDoesAndForgetsWhatNoLongerHolds)
{
    WrapLabel label(kLong);
    for (int width : { 80, 200, 80, 400, 200 })
        EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width)) << width;
    const int longAt120 = label.heightForWidth(120);

    label.setText(kShort); // no event: the text itself is compared
    EXPECT_EQ(label.heightForWidth(120), qlabelHeight(label, 120));
    EXPECT_LT(label.heightForWidth(120), longAt120);

    label.setText(kLong);
    EXPECT_EQ(label.heightForWidth(120), longAt120);
    label.setMargin(12); // no event either
    EXPECT_EQ(label.heightForWidth(120), qlabelHeight(label, 120));
    EXPECT_GT(label.heightForWidth(120), longAt120);

    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big); // a FontChange event
    EXPECT_EQ(label.heightForWidth(120), qlabelHeight(label, 120));

    label.setTextFormat(Qt::RichText);
    label.setText(
        QStringLiteral("<ul><li><b>Warm-up:</b> Brisk walk</li><li><b>Main part:</b> %1</li></ul>").arg(kLong));
    EXPECT_EQ(label.heightForWidth(150), qlabelHeight(label, 150));
    EXPECT_EQ(label.heightForWidth(300), qlabelHeight(label, 300));
}
