#pragma once

#include "core/service/shoereport.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/distanceseries.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace Stridewise {

class Database;

namespace Charts {
class DistanceChart;
}

/**
 * Progress ▸ Distance and shoes (issue 12): the recorded distance of each week of the range (core's
 * Load::weeklyDistance through buildDistanceReport) and, per shoe, its kilometres and the mean back pain the day
 * after its runs with n (core's buildShoeReport, "not enough runs yet" below ten). Shows; computes nothing.
 */
class DistancePage : public QWidget
{
    Q_OBJECT

public:
    explicit DistancePage(QWidget *parent = nullptr);

    /** Reads the weeks of from..to and every shoe up to today; says so in the page when the store fails. */
    void load(Database &db, QDate from, QDate to, QDate today);
    void setChartPalette(const Charts::ChartPalette &palette);

    const Charts::DistanceSeries &series() const { return m_series; }
    Charts::DistanceChart *chart() const { return m_chart; }
    const QList<ShoeFacts> &shoes() const { return m_shoes; }

    /** Bars at most (about half a year of single weeks). */
    static constexpr int kMaxBars = 26;

private:
    void redraw();
    void fillShoes();

    Charts::DistanceChart *m_chart = nullptr;
    QLabel *m_noteLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_shoeNote = nullptr;
    QList<WeekDistance> m_weeks;
    QList<ShoeFacts> m_shoes;
    Charts::DistanceSeries m_series;
    QDate m_from;
    QDate m_to;
};

} // namespace Stridewise
