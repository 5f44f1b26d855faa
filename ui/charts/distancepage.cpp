#include "ui/charts/distancepage.h"

#include "core/load/distancestats.h"
#include "ui/charts/distancechart.h"
#include "ui/shell/settings.h"

#include <QCursor>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Stridewise {

using namespace Charts;

DistancePage::DistancePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("distancePage"));
    m_chart = new DistanceChart(this);
    connect(m_chart, &DistanceChart::barHovered, this, [this](int index) {
        if (index < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), describeDistanceBar(m_series, index), m_chart->widget());
    });
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("distanceNoteLabel"));
    m_noteLabel->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("shoeTableWidget"));
    m_table->setAccessibleName(tr("Back pain the day after runs, by shoe"));
    m_table->setHorizontalHeaderLabels(
        { tr("Shoe"), tr("Comfort (yours)"), tr("Distance"), tr("Back pain the day after its runs") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_shoeNote = new QLabel(shoeEvidenceNote(), this);
    m_shoeNote->setObjectName(QStringLiteral("shoeNoteLabel"));
    m_shoeNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart->widget(), 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_shoeNote);

    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Units) {
            redraw();
            fillShoes();
        }
    });
}

void DistancePage::load(Database &db, QDate from, QDate to, QDate today)
{
    m_from = from;
    m_to = to;
    auto weeks = buildDistanceReport(db, from, to);
    auto shoes = buildShoeReport(db, today);
    m_weeks = weeks ? *weeks : QList<WeekDistance>();
    m_shoes = shoes ? *shoes : QList<ShoeFacts>();
    redraw();
    fillShoes();
    if (!weeks || !shoes)
        m_noteLabel->setText(tr("Could not read distances: %1").arg(!weeks ? weeks.message() : shoes.message()));
}

void DistancePage::redraw()
{
    m_series = buildDistanceSeries(m_weeks, Settings::distanceUnit(), kMaxBars);
    m_chart->setSeries(m_series);
    const QLocale locale;
    m_chart->setTitle(tr("Recorded distance, %1 – %2")
                          .arg(locale.toString(m_from, QStringLiteral("d MMM yyyy")),
                              locale.toString(m_to, QStringLiteral("d MMM yyyy"))));
    int without = 0;
    for (int n : std::as_const(m_series.runsWithoutDistance))
        without += n;
    QString note = m_series.isEmpty()
        ? tr("No recorded distance in this range yet. Import your watch's or phone's recordings (File ▸ Import "
             "Activities…) and their distance shows here.")
        : tr("Only recorded distance counts: sessions ticked by hand have minutes, not kilometres.");
    if (without > 0)
        note += QLatin1Char(' ')
            + (without == 1 ? tr("1 run in this range has no distance.")
                            : tr("%n runs in this range have no distance.", nullptr, without));
    m_noteLabel->setText(note);
}

void DistancePage::fillShoes()
{
    const DistanceUnit unit = Settings::distanceUnit();
    m_table->setRowCount(0);
    for (const ShoeFacts &f : std::as_const(m_shoes)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString name = f.shoe.name;
        if (f.shoe.isRetired())
            name = tr("%1 (retired)").arg(name);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(
            row, 1, new QTableWidgetItem(f.shoe.comfort ? tr("%1 of 5").arg(*f.shoe.comfort) : tr("not rated")));
        QString far = Units::distance(f.usage.meters, unit);
        if (f.wear.pastRetirement)
            far += QStringLiteral(" ⚠ ") + tr("past %1 km").arg(f.shoe.retireKm);
        else if (f.wear.nearRetirement)
            far += QStringLiteral(" ⚠ ") + tr("near %1 km").arg(f.shoe.retireKm);
        m_table->setItem(row, 2, new QTableWidgetItem(far));
        m_table->setItem(row, 3, new QTableWidgetItem(Load::describe(f.pain)));
    }
    m_table->setVisible(!m_shoes.isEmpty());
    // As tall as its rows, up to six, so no empty band shows under a short list.
    const int rows = std::min(int(m_shoes.size()), 6);
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < rows; ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
    m_shoeNote->setText(m_shoes.isEmpty() ? tr("No shoes yet: add them in Edit ▸ Shoes… to see kilometres and back "
                                               "pain the day after by shoe.")
                                          : tr("This describes your own runs; it does not show that a shoe helps or "
                                               "hurts.")
                + QLatin1Char(' ') + shoeEvidenceNote());
}

void DistancePage::setChartPalette(const ChartPalette &palette)
{
    m_chart->setPalette(palette);
}

} // namespace Stridewise
